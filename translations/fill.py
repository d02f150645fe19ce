#!/usr/bin/env python3
"""Fills and checks the Kempt .ts files; the .ts files stay the only source of truth.

  fill.py harvest OUT.json   write every finished translation of kempt_*.ts to OUT.json
  fill.py apply FILE.json... fill unfinished messages from such files (source text -> translation)
  fill.py replace FILE.json... the same, but also overwrite finished translations (for corrections)
  fill.py check              report placeholder, accelerator, spacing and tag mismatches and
                             the unfinished messages; exit status 1 when there are any

A JSON file maps a language to a list of entries:
  {"ar": [{"context": "Kempt::MainWindow", "source": "&File", "translation": "&ملف"},
          {"source": "%n record(s)", "translation": ["...", "...", "...", "...", "...", "..."]}]}
"context" and "comment" are optional; an entry with a context wins over one without.
Plural (numerus) messages take a list with one form per plural form of the language.

Arabic and Persian put the accelerator on a Latin letter in parentheses, "ملف (&F)": an
underlined Arabic letter is shaped apart from its neighbours, so Qt draws the word broken
and QLabel clips its end. check reports such accelerators.

update.sh harvests before lupdate and applies afterwards, so a message whose context
changes in the code keeps its reviewed translation.
"""

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
LANGUAGES = ("ar", "fa", "ru")
LCONVERT = os.environ.get("LCONVERT", "/usr/lib/qt6/bin/lconvert")
# Plural forms that stand for exactly one or two items may leave the number out
# ("شركة واحدة", "شركتان"), as Arabic writes them; CLDR does the same.
COUNT_MAY_BE_IMPLIED = {"ar": {1, 2}}

PLACEHOLDER = re.compile(r"%L?(?:\d+|n)")
MNEMONIC = re.compile(r"&(?![&\s])")
ARABIC_MNEMONIC = re.compile("&[\u0600-\u06ff]")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)[^>]*>")
ENDINGS = {".": ".", "۔": ".", "?": "?", "؟": "?", "!": "!", ":": ":", "…": "…"}


def ts_path(lang):
    return os.path.join(HERE, "kempt_%s.ts" % lang)


def text_of(element):
    return element.text or "" if element is not None else ""


def messages(root):
    for context in root.iter("context"):
        name = text_of(context.find("name"))
        for message in context.iter("message"):
            yield name, message


def key_of(context, message):
    return context, text_of(message.find("source")), text_of(message.find("comment"))


def translation_value(message):
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return translation.text or ""


def harvest(out_path):
    data = {}
    for lang in LANGUAGES:
        entries = []
        for context, message in messages(ET.parse(ts_path(lang)).getroot()):
            translation = message.find("translation")
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            ctx, source, comment = key_of(context, message)
            entry = {"context": ctx, "source": source, "translation": translation_value(message)}
            if comment:
                entry["comment"] = comment
            entries.append(entry)
        data[lang] = entries
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
    print("harvested %s" % ", ".join("%s: %d" % (l, len(data[l])) for l in LANGUAGES))


def load_dictionaries(paths):
    exact, loose = {}, {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        for lang, entries in data.items():
            for e in entries:
                comment = e.get("comment", "")
                if e.get("context"):
                    exact[(lang, e["context"], e["source"], comment)] = e["translation"]
                loose.setdefault((lang, e["source"], comment), e["translation"])
    return exact, loose


def save(tree, path):
    tree.write(path, encoding="utf-8", xml_declaration=True)
    # lconvert writes the layout lupdate writes, so later lupdate runs give small diffs.
    subprocess.run([LCONVERT, "-i", path, "-o", path], check=True)


def apply(paths, replace=False):
    exact, loose = load_dictionaries(paths)
    for lang in LANGUAGES:
        tree = ET.parse(ts_path(lang))
        filled = 0
        for context, message in messages(tree.getroot()):
            translation = message.find("translation")
            if translation.get("type") != "unfinished" and not replace:
                continue
            ctx, source, comment = key_of(context, message)
            value = exact.get((lang, ctx, source, comment), loose.get((lang, source, comment)))
            if isinstance(value, str) and message.get("numerus") == "yes":
                value = [value]
            if value is None or (replace and value == translation_value(message)
                                 and translation.get("type") != "unfinished"):
                continue
            if message.get("numerus") == "yes":
                forms = translation.findall("numerusform")
                if not isinstance(value, list) or len(value) != len(forms):
                    print("%s: %s: %r needs %d plural forms" % (lang, ctx, source, len(forms)))
                    continue
                for form, text in zip(forms, value):
                    form.text = text
            else:
                if isinstance(value, list):
                    print("%s: %s: %r is not a plural message" % (lang, ctx, source))
                    continue
                translation.text = value
            translation.attrib.pop("type", None)
            filled += 1
        if filled:
            save(tree, ts_path(lang))
        print("%s: filled %d" % (lang, filled))


def mnemonics(text):
    return len(MNEMONIC.findall(text.replace("&&", "")))


def problems(lang, source, text, form_index=None):
    found = []
    want = sorted(PLACEHOLDER.findall(source))
    have = sorted(PLACEHOLDER.findall(text))
    if form_index in COUNT_MAY_BE_IMPLIED.get(lang, ()):
        want = [p for p in want if p not in ("%n", "%Ln")]
        have = [p for p in have if p not in ("%n", "%Ln")]
    if want != have:
        found.append("placeholders %s, translation has %s" % (want, have))
    if mnemonics(source) != mnemonics(text):
        found.append("accelerator count differs")
    elif lang in ("ar", "fa") and ARABIC_MNEMONIC.search(text.replace("&&", "")):
        found.append("accelerator on an Arabic letter; write it as (&X) with a Latin letter")
    if len(source) - len(source.lstrip()) != len(text) - len(text.lstrip()) or \
            len(source) - len(source.rstrip()) != len(text) - len(text.rstrip()):
        found.append("leading or trailing spaces differ")
    if sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
        found.append("HTML tags differ")
    if source.count("\n") != text.count("\n"):
        found.append("line breaks differ")
    end_s, end_t = ENDINGS.get(source.rstrip()[-1:]), ENDINGS.get(text.rstrip()[-1:])
    if end_s != end_t and not (end_s is None and end_t is None):
        found.append("ending punctuation differs")
    return found


def check():
    bad = 0
    for lang in LANGUAGES:
        unfinished = total = 0
        for context, message in messages(ET.parse(ts_path(lang)).getroot()):
            total += 1
            translation = message.find("translation")
            ctx, source, _ = key_of(context, message)
            if translation.get("type") == "unfinished":
                unfinished += 1
                print("%s: unfinished: %s: %r" % (lang, ctx, source))
                continue
            value = translation_value(message)
            forms = value if isinstance(value, list) else [value]
            for i, text in enumerate(forms):
                for p in problems(lang, source, text, i if isinstance(value, list) else None):
                    bad += 1
                    print("%s: %s: %r: %s" % (lang, ctx, source, p))
        print("%s: %d messages, %d unfinished" % (lang, total, unfinished))
        bad += unfinished
    return 1 if bad else 0


def main(argv):
    if len(argv) >= 3 and argv[1] == "harvest":
        harvest(argv[2])
    elif len(argv) >= 3 and argv[1] == "apply":
        apply(argv[2:])
    elif len(argv) >= 3 and argv[1] == "replace":
        apply(argv[2:], replace=True)
    elif len(argv) == 2 and argv[1] == "check":
        return check()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
