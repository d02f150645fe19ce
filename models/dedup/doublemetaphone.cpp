#include "dedup/doublemetaphone.h"

#include <cstring>
#include <initializer_list>
#include <string>

namespace Kempt {

namespace {

// One encoding run; the member names follow the published algorithm's description.
class Encoder
{
public:
    Encoder(std::string value, int maxLength)
        : v(std::move(value))
        , last(int(v.size()) - 1)
        , max(maxLength)
    {
        slavoGermanic = v.find('W') != std::string::npos || v.find('K') != std::string::npos
            || v.find("CZ") != std::string::npos || v.find("WITZ") != std::string::npos;
    }

    void run()
    {
        int i = 0;
        if (at(0, 2, {"GN", "KN", "PN", "WR", "PS"}))
            i = 1;
        while (i <= last && (int(p.size()) < max || int(a.size()) < max))
            i = step(i);
        if (int(p.size()) > max)
            p.resize(max);
        if (int(a.size()) > max)
            a.resize(max);
    }

    std::string p;
    std::string a;

private:
    char c(int i) const { return i >= 0 && i <= last ? v[size_t(i)] : '\0'; }
    bool at(int start, int len, std::initializer_list<const char *> options) const
    {
        if (start < 0 || start + len > int(v.size()))
            return false;
        for (const char *o : options)
            if (v.compare(size_t(start), size_t(len), o) == 0)
                return true;
        return false;
    }
    static bool vowel(char ch) { return ch && std::strchr("AEIOUY", ch); }
    void add(const char *both) { add(both, both); }
    void add(const char *primary, const char *alternate)
    {
        p += primary;
        a += alternate;
    }

    int step(int i)
    {
        switch (c(i)) {
        case 'A': case 'E': case 'I': case 'O': case 'U': case 'Y':
            if (i == 0)
                add("A");
            return i + 1;
        case 'B':
            add("P");
            return c(i + 1) == 'B' ? i + 2 : i + 1;
        case 'C': return letterC(i);
        case 'D':
            if (at(i, 2, {"DG"})) {
                if (at(i + 2, 1, {"I", "E", "Y"})) {
                    add("J");
                    return i + 3;
                }
                add("TK");
                return i + 2;
            }
            add("T");
            return at(i, 2, {"DT", "DD"}) ? i + 2 : i + 1;
        case 'F':
            add("F");
            return c(i + 1) == 'F' ? i + 2 : i + 1;
        case 'G': return letterG(i);
        case 'H':
            if ((i == 0 || vowel(c(i - 1))) && vowel(c(i + 1))) {
                add("H");
                return i + 2;
            }
            return i + 1;
        case 'J': return letterJ(i);
        case 'K':
            add("K");
            return c(i + 1) == 'K' ? i + 2 : i + 1;
        case 'L':
            if (c(i + 1) == 'L') {
                const bool spanish = (i == last - 2 && at(i - 1, 4, {"ILLO", "ILLA", "ALLE"}))
                    || ((at(last - 1, 2, {"AS", "OS"}) || at(last, 1, {"A", "O"})) && at(i - 1, 4, {"ALLE"}));
                add("L", spanish ? "" : "L");
                return i + 2;
            }
            add("L");
            return i + 1;
        case 'M':
            add("M");
            return (c(i + 1) == 'M' || (at(i - 1, 3, {"UMB"}) && (i + 1 == last || at(i + 2, 2, {"ER"})))) ? i + 2 : i + 1;
        case 'N':
            add("N");
            return c(i + 1) == 'N' ? i + 2 : i + 1;
        case 'P':
            if (c(i + 1) == 'H') {
                add("F");
                return i + 2;
            }
            add("P");
            return at(i + 1, 1, {"P", "B"}) ? i + 2 : i + 1;
        case 'Q':
            add("K");
            return c(i + 1) == 'Q' ? i + 2 : i + 1;
        case 'R':
            if (i == last && !slavoGermanic && at(i - 2, 2, {"IE"}) && !at(i - 4, 2, {"ME", "MA"}))
                add("", "R");
            else
                add("R");
            return c(i + 1) == 'R' ? i + 2 : i + 1;
        case 'S': return letterS(i);
        case 'T': return letterT(i);
        case 'V':
            add("F");
            return c(i + 1) == 'V' ? i + 2 : i + 1;
        case 'W': return letterW(i);
        case 'X':
            if (i == 0) {
                add("S");
                return i + 1;
            }
            if (!(i == last && (at(i - 3, 3, {"IAU", "EAU"}) || at(i - 2, 2, {"AU", "OU"}))))
                add("KS");
            return at(i + 1, 1, {"C", "X"}) ? i + 2 : i + 1;
        case 'Z':
            if (c(i + 1) == 'H') {
                add("J");
                return i + 2;
            }
            if (at(i + 1, 2, {"ZO", "ZI", "ZA"}) || (slavoGermanic && i > 0 && c(i - 1) != 'T'))
                add("S", "TS");
            else
                add("S");
            return c(i + 1) == 'Z' ? i + 2 : i + 1;
        default:
            return i + 1;
        }
    }

    int letterC(int i)
    {
        // Germanic "ach" (Bacher, Macher) sounds K.
        if (i > 1 && !vowel(c(i - 2)) && at(i - 1, 3, {"ACH"})
            && ((c(i + 2) != 'I' && c(i + 2) != 'E') || at(i - 2, 6, {"BACHER", "MACHER"}))) {
            add("K");
            return i + 2;
        }
        if (at(i, 4, {"CHIA"})) {
            add("K");
            return i + 2;
        }
        if (i == 0 && at(i, 6, {"CAESAR"})) {
            add("S");
            return i + 2;
        }
        if (at(i, 2, {"CH"}))
            return letterCH(i);
        if (at(i, 2, {"CZ"}) && !at(i - 2, 4, {"WICZ"})) {
            add("S", "X");
            return i + 2;
        }
        if (at(i + 1, 3, {"CIA"})) {
            add("X");
            return i + 3;
        }
        if (at(i, 2, {"CC"}) && !(i == 1 && c(0) == 'M')) {
            if (at(i + 2, 1, {"I", "E", "H"}) && !at(i + 2, 2, {"HU"})) {
                if ((i == 1 && c(0) == 'A') || at(i - 1, 5, {"UCCEE", "UCCES"}))
                    add("KS");
                else
                    add("X");
                return i + 3;
            }
            add("K");
            return i + 2;
        }
        if (at(i, 2, {"CK", "CG", "CQ"})) {
            add("K");
            return i + 2;
        }
        if (at(i, 2, {"CI", "CE", "CY"})) {
            if (at(i, 3, {"CIO", "CIE", "CIA"}))
                add("S", "X");
            else
                add("S");
            return i + 2;
        }
        add("K");
        if (at(i + 1, 2, {" C", " Q", " G"}))
            return i + 3;
        if (at(i + 1, 1, {"C", "K", "Q"}) && !at(i + 1, 2, {"CE", "CI"}))
            return i + 2;
        return i + 1;
    }

    int letterCH(int i)
    {
        if (i > 0 && at(i, 4, {"CHAE"})) {
            add("K", "X");
            return i + 2;
        }
        // Greek roots at the start: Character, Charisma, Chorus, Chemistry.
        if (i == 0 && (at(i + 1, 5, {"HARAC", "HARIS"}) || at(i + 1, 3, {"HOR", "HYM", "HIA", "HEM"}))
            && !at(0, 5, {"CHORE"})) {
            add("K");
            return i + 2;
        }
        if (at(0, 4, {"VAN ", "VON "}) || at(0, 3, {"SCH"}) || at(i - 2, 6, {"ORCHES", "ARCHIT", "ORCHID"})
            || at(i + 2, 1, {"T", "S"})
            || ((at(i - 1, 1, {"A", "O", "U", "E"}) || i == 0)
                && (at(i + 2, 1, {"L", "R", "N", "M", "B", "H", "F", "V", "W", " "}) || i + 1 == last))) {
            add("K");
            return i + 2;
        }
        if (i > 0) {
            if (at(0, 2, {"MC"}))
                add("K");
            else
                add("X", "K");
        } else {
            add("X");
        }
        return i + 2;
    }

    int letterG(int i)
    {
        if (c(i + 1) == 'H') {
            if (i > 0 && !vowel(c(i - 1))) {
                add("K");
                return i + 2;
            }
            if (i == 0) {
                add(c(i + 2) == 'I' ? "J" : "K");
                return i + 2;
            }
            // Hugh, bough, broughton: silent.
            if ((i > 1 && at(i - 2, 1, {"B", "H", "D"})) || (i > 2 && at(i - 3, 1, {"B", "H", "D"}))
                || (i > 3 && at(i - 4, 1, {"B", "H"})))
                return i + 2;
            if (i > 2 && c(i - 1) == 'U' && at(i - 3, 1, {"C", "G", "L", "R", "T"}))
                add("F");
            else if (i > 0 && c(i - 1) != 'I')
                add("K");
            return i + 2;
        }
        if (c(i + 1) == 'N') {
            if (i == 1 && vowel(c(0)) && !slavoGermanic)
                add("KN", "N");
            else if (!at(i + 2, 2, {"EY"}) && c(i + 1) != 'Y' && !slavoGermanic)
                add("N", "KN");
            else
                add("KN");
            return i + 2;
        }
        if (at(i + 1, 2, {"LI"}) && !slavoGermanic) {
            add("KL", "L");
            return i + 2;
        }
        if (i == 0 && (c(i + 1) == 'Y' || at(i + 1, 2, {"ES", "EP", "EB", "EL", "EY", "IB", "IL", "IN", "IE", "EI", "ER"}))) {
            add("K", "J");
            return i + 2;
        }
        if ((at(i + 1, 2, {"ER"}) || c(i + 1) == 'Y') && !at(0, 6, {"DANGER", "RANGER", "MANGER"})
            && !at(i - 1, 1, {"E", "I"}) && !at(i - 1, 3, {"RGY", "OGY"})) {
            add("K", "J");
            return i + 2;
        }
        if (at(i + 1, 1, {"E", "I", "Y"}) || at(i - 1, 4, {"AGGI", "OGGI"})) {
            if (at(0, 4, {"VAN ", "VON "}) || at(0, 3, {"SCH"}) || at(i + 1, 2, {"ET"}))
                add("K");
            else if (at(i + 1, 3, {"IER"}))
                add("J");
            else
                add("J", "K");
            return i + 2;
        }
        add("K");
        return c(i + 1) == 'G' ? i + 2 : i + 1;
    }

    int letterJ(int i)
    {
        if (at(i, 4, {"JOSE"}) || at(0, 4, {"SAN "})) {
            if ((i == 0 && c(i + 4) == ' ') || v.size() == 4 || at(0, 4, {"SAN "}))
                add("H");
            else
                add("J", "H");
            return i + 1;
        }
        if (i == 0)
            add("J", "A");
        else if (vowel(c(i - 1)) && !slavoGermanic && (c(i + 1) == 'A' || c(i + 1) == 'O'))
            add("J", "H");
        else if (i == last)
            add("J", "");
        else if (!at(i + 1, 1, {"L", "T", "K", "S", "N", "M", "B", "Z"}) && !at(i - 1, 1, {"S", "K", "L"}))
            add("J");
        return c(i + 1) == 'J' ? i + 2 : i + 1;
    }

    int letterS(int i)
    {
        if (at(i - 1, 3, {"ISL", "YSL"}))
            return i + 1;
        if (i == 0 && at(i, 5, {"SUGAR"})) {
            add("X", "S");
            return i + 1;
        }
        if (at(i, 2, {"SH"})) {
            add(at(i + 1, 4, {"HEIM", "HOEK", "HOLM", "HOLZ"}) ? "S" : "X");
            return i + 2;
        }
        if (at(i, 3, {"SIO", "SIA"}) || at(i, 4, {"SIAN"})) {
            if (slavoGermanic)
                add("S");
            else
                add("S", "X");
            return i + 3;
        }
        if ((i == 0 && at(i + 1, 1, {"M", "N", "L", "W"})) || at(i + 1, 1, {"Z"})) {
            add("S", "X");
            return at(i + 1, 1, {"Z"}) ? i + 2 : i + 1;
        }
        if (at(i, 2, {"SC"})) {
            if (c(i + 2) == 'H') {
                if (at(i + 3, 2, {"OO", "ER", "EN", "UY", "ED", "EM"})) {
                    if (at(i + 3, 2, {"ER", "EN"}))
                        add("X", "SK");
                    else
                        add("SK");
                } else if (i == 0 && !vowel(c(3)) && c(3) != 'W') {
                    add("X", "S");
                } else {
                    add("X");
                }
            } else if (at(i + 2, 1, {"I", "E", "Y"})) {
                add("S");
            } else {
                add("SK");
            }
            return i + 3;
        }
        if (i == last && at(i - 2, 2, {"AI", "OI"}))
            add("", "S");
        else
            add("S");
        return at(i + 1, 1, {"S", "Z"}) ? i + 2 : i + 1;
    }

    int letterT(int i)
    {
        if (at(i, 4, {"TION"}) || at(i, 3, {"TIA", "TCH"})) {
            add("X");
            return i + 3;
        }
        if (at(i, 2, {"TH"}) || at(i, 3, {"TTH"})) {
            if (at(i + 2, 2, {"OM", "AM"}) || at(0, 4, {"VAN ", "VON "}) || at(0, 3, {"SCH"}))
                add("T");
            else
                add("0", "T");
            return i + 2;
        }
        add("T");
        return at(i + 1, 1, {"T", "D"}) ? i + 2 : i + 1;
    }

    int letterW(int i)
    {
        if (at(i, 2, {"WR"})) {
            add("R");
            return i + 2;
        }
        if (i == 0 && (vowel(c(i + 1)) || at(i, 2, {"WH"}))) {
            if (vowel(c(i + 1)))
                add("A", "F");
            else
                add("A");
            return i + 1;
        }
        if ((i == last && vowel(c(i - 1))) || at(i - 1, 5, {"EWSKI", "EWSKY", "OWSKI", "OWSKY"}) || at(0, 3, {"SCH"})) {
            add("", "F");
            return i + 1;
        }
        if (at(i, 4, {"WICZ", "WITZ"})) {
            add("TS", "FX");
            return i + 4;
        }
        return i + 1;
    }

    std::string v;
    int last;
    int max;
    bool slavoGermanic = false;
};

} // namespace

DoubleMetaphone::Codes DoubleMetaphone::encode(const QString &word, int maxLength)
{
    std::string value;
    value.reserve(size_t(word.size()));
    for (const QChar ch : word) {
        const char16_t u = ch.unicode();
        if (u >= 'a' && u <= 'z')
            value += char(u - 'a' + 'A');
        else if ((u >= 'A' && u <= 'Z') || u == ' ')
            value += char(u);
    }
    Codes codes;
    if (value.empty())
        return codes;
    Encoder e(value, maxLength);
    e.run();
    codes.primary = QByteArray::fromStdString(e.p);
    codes.alternate = QByteArray::fromStdString(e.a);
    return codes;
}

} // namespace Kempt
