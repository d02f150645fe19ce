#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Kempt {

// The legal forms of companies (GmbH, LLC, ООО, شركة …) and every way they are spelled.
//
// Built from rigour_org_types.yml (OpenSanctions, MIT; see LICENSE.rigour.txt) plus
// Kempt's legal_forms.tsv, which renames a few display spellings (Inc → Inc.), adds
// forms rigour lacks (Corp., Co., Arabic شركة, مؤسسة, ذ.م.م, Persian شرکت …), marks
// Latin forms written before the name (OOO), and drops aliases that are ordinary words.
// rigour entries without a display spelling are skipped: Kempt could not say how to
// write them. Lookup keys are UnicodeHygiene::matchKey() with everything but letters
// and digits removed, so "g.m.b.h", "GMBH" and "gmbh" are one key.
class LegalFormTable
{
public:
    struct Form
    {
        QString display;   // the spelling the style guide stores
        QString generic;   // rigour's generic tag (LLC, JSC, …); may be empty
    };
    struct Hit
    {
        int form = -1;
        bool prefix = false;   // may stand before the name (ООО «Ромашка»)
        bool found() const { return form >= 0; }
    };

    // The shipped table, loaded once (thread-safe).
    static const LegalFormTable &shipped();
    // A table from the text of a rigour-style YAML file and a legal_forms.tsv.
    static LegalFormTable parse(const QString &yaml, const QString &extrasTsv = QString());

    static QString key(const QString &text);

    Hit find(const QString &text) const;
    // As find(), for a text whose key() is already known. The key of several words is
    // the keys of the words run together, so a caller can key each word once.
    Hit findKey(const QString &key) const { return m_index.value(key); }
    const Form &form(int index) const { return m_forms.at(index); }
    int formCount() const { return int(m_forms.size()); }
    // The most words any spelling has; bounds the search for a form in a name.
    int maxWords() const { return m_maxWords; }

private:
    struct Entry
    {
        Form form;
        QStringList aliases;
    };
    void build(const QList<Entry> &entries, const QSet<QString> &ignored,
               const QSet<QString> &latinPrefixes);

    QList<Form> m_forms;
    QHash<QString, Hit> m_index;
    int m_maxWords = 1;
};

} // namespace Kempt
