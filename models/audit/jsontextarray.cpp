#include "audit/jsontextarray.h"

namespace Kempt {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// A string with escapes, from just after its opening quote; *pos ends after the closing one.
bool readEscaped(const char *s, int size, int *pos, QString *out)
{
    QByteArray plain;
    QString text;
    auto flush = [&]() {
        text += QString::fromUtf8(plain);
        plain.clear();
    };
    int i = *pos;
    while (i < size) {
        const char c = s[i];
        if (c == '"') {
            flush();
            *out = text;
            *pos = i + 1;
            return true;
        }
        if (c != '\\') {
            plain += c;
            ++i;
            continue;
        }
        if (i + 1 >= size)
            return false;
        const char e = s[i + 1];
        i += 2;
        switch (e) {
        case '"': plain += '"'; break;
        case '\\': plain += '\\'; break;
        case '/': plain += '/'; break;
        case 'b': plain += '\b'; break;
        case 'f': plain += '\f'; break;
        case 'n': plain += '\n'; break;
        case 'r': plain += '\r'; break;
        case 't': plain += '\t'; break;
        case 'u': {
            if (i + 4 > size)
                return false;
            int code = 0;
            for (int k = 0; k < 4; ++k) {
                const int h = hexValue(s[i + k]);
                if (h < 0)
                    return false;
                code = code * 16 + h;
            }
            i += 4;
            flush();
            text += QChar(char16_t(code)); // surrogate halves arrive one escape each
            break;
        }
        default:
            return false;
        }
    }
    return false;
}

} // namespace

bool JsonTextArray::parse(const char *s, int size, QStringList *values)
{
    values->clear();
    int i = 0;
    while (i < size) {
        const char c = s[i];
        if (c == '[' || c == ']' || c == ',' || c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            ++i;
            continue;
        }
        if (c == '"') {
            int end = i + 1;
            while (end < size && s[end] != '"' && s[end] != '\\')
                ++end;
            if (end < size && s[end] == '"') {
                values->append(QString::fromUtf8(s + i + 1, end - i - 1));
                i = end + 1;
                continue;
            }
            QString text;
            int pos = i + 1;
            if (!readEscaped(s, size, &pos, &text))
                return false;
            values->append(text);
            i = pos;
            continue;
        }
        // A number, true/false or null: up to the next separator.
        int end = i;
        while (end < size && s[end] != ',' && s[end] != ']')
            ++end;
        const QByteArray token = QByteArray(s + i, end - i).trimmed();
        values->append(token == "null" ? QString() : QString::fromLatin1(token));
        i = end;
    }
    return true;
}

} // namespace Kempt
