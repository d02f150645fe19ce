#include "io/vcardwriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QIODevice>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

constexpr int kFlushThreshold = 64 * 1024;
constexpr int kFoldOctets = 75;

QString typeParameter(const QString &label, bool email, VCardWriter::Version version)
{
    QString type;
    if (label == QLatin1String("mobile"))
        type = QStringLiteral("cell");
    else if (label == QLatin1String("home") || label == QLatin1String("work") || label == QLatin1String("other"))
        type = label;
    if (version == VCardWriter::Version::V30) {
        QStringList types;
        if (email)
            types << QStringLiteral("INTERNET");
        if (!type.isEmpty())
            types << type.toUpper();
        return types.isEmpty() ? QString() : QStringLiteral(";TYPE=") + types.join(QLatin1Char(','));
    }
    return type.isEmpty() ? QString() : QStringLiteral(";TYPE=") + type;
}

QString preferred(VCardWriter::Version version)
{
    return version == VCardWriter::Version::V30 ? QStringLiteral(";TYPE=PREF") : QStringLiteral(";PREF=1");
}

} // namespace

VCardWriter::VCardWriter(QIODevice *device, Version version)
    : m_device(device)
    , m_version(version)
{
}

VCardWriter::~VCardWriter()
{
    flush();
}

QString VCardWriter::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(',') || c == QLatin1Char(';')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QLatin1Char('\r')) {
            out += QLatin1String("\\n");
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('\n')) {
            out += QLatin1String("\\n");
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray VCardWriter::fold(const QByteArray &line)
{
    if (line.size() <= kFoldOctets)
        return line;
    QByteArray out;
    out.reserve(line.size() + line.size() / 37 + 4);
    qsizetype pos = 0;
    int limit = kFoldOctets;
    while (pos < line.size()) {
        qsizetype end = qMin<qsizetype>(pos + limit, line.size());
        // Never end a piece inside a UTF-8 sequence: back up to the start of the character.
        while (end < line.size() && end > pos + 1 && (uchar(line.at(end)) & 0xC0) == 0x80)
            --end;
        if (pos > 0)
            out += "\r\n ";
        out.append(line.constData() + pos, end - pos);
        pos = end;
        limit = kFoldOctets - 1; // the leading space counts
    }
    return out;
}

void VCardWriter::line(const QString &content)
{
    m_buffer += fold(content.toUtf8());
    m_buffer += "\r\n";
}

bool VCardWriter::write(const VCardRecord &r)
{
    if (m_failed)
        return false;
    const bool v3 = m_version == Version::V30;
    line(QStringLiteral("BEGIN:VCARD"));
    line(v3 ? QStringLiteral("VERSION:3.0") : QStringLiteral("VERSION:4.0"));
    const QString first = r.value(QStringLiteral("first_name"));
    const QString middle = r.value(QStringLiteral("middle_name"));
    const QString last = r.value(QStringLiteral("last_name"));
    line(QStringLiteral("N:%1;%2;%3;%4;").arg(escape(last), escape(first), escape(middle), escape(r.value(QStringLiteral("salutation")))));
    QString fn = r.value(QStringLiteral("display_name"));
    if (fn.trimmed().isEmpty()) {
        QStringList parts;
        for (const QString &p : {first, middle, last})
            if (!p.trimmed().isEmpty())
                parts << p.trimmed();
        fn = parts.join(QLatin1Char(' '));
    }
    if (fn.isEmpty())
        fn = r.value(QStringLiteral("company"));
    if (fn.isEmpty())
        fn = r.value(QStringLiteral("email"));
    line(QStringLiteral("FN:") + escape(fn));
    const QString company = r.value(QStringLiteral("company"));
    const QString department = r.value(QStringLiteral("department"));
    if (!company.isEmpty() || !department.isEmpty())
        line(QStringLiteral("ORG:") + escape(company) + (department.isEmpty() ? QString() : QLatin1Char(';') + escape(department)));
    if (!r.value(QStringLiteral("job_title")).isEmpty())
        line(QStringLiteral("TITLE:") + escape(r.value(QStringLiteral("job_title"))));

    auto labelled = [&](const QString &key, const QString &property) {
        const QStringList values = r.values.value(key);
        const QStringList labels = r.labels.value(key);
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (values.at(i).trimmed().isEmpty())
                continue;
            QString params = typeParameter(labels.value(i), key == QLatin1String("email"), m_version);
            if (i == 0 && values.size() > 1)
                params += preferred(m_version);
            line(property + params + QLatin1Char(':') + escape(values.at(i)));
        }
    };
    labelled(QStringLiteral("email"), QStringLiteral("EMAIL"));
    labelled(QStringLiteral("phone"), QStringLiteral("TEL"));

    const QStringList streets = r.values.value(QStringLiteral("street"));
    const QStringList cities = r.values.value(QStringLiteral("city"));
    const QStringList regions = r.values.value(QStringLiteral("region"));
    const QStringList postcodes = r.values.value(QStringLiteral("postcode"));
    const QStringList countries = r.values.value(QStringLiteral("country"));
    const QStringList addressLabels = r.labels.value(QStringLiteral("address"));
    const qsizetype addresses = qMax(qMax(qMax(streets.size(), cities.size()), qMax(regions.size(), postcodes.size())), countries.size());
    for (qsizetype i = 0; i < addresses; ++i) {
        const QStringList parts{streets.value(i), cities.value(i), regions.value(i), postcodes.value(i), countries.value(i)};
        if (parts.join(QString()).trimmed().isEmpty())
            continue;
        QString params = typeParameter(addressLabels.value(i), false, m_version);
        if (i == 0 && addresses > 1)
            params += preferred(m_version);
        QStringList escaped;
        for (const QString &p : parts)
            escaped << escape(p);
        line(QStringLiteral("ADR") + params + QStringLiteral(":;;") + escaped.join(QLatin1Char(';')));
    }

    const QString birthday = r.value(QStringLiteral("birthday"));
    if (!birthday.isEmpty()) {
        const QDate d = QDate::fromString(birthday, Qt::ISODate);
        QString value = birthday;
        if (d.isValid())
            value = v3 ? d.toString(Qt::ISODate) : d.toString(QStringLiteral("yyyyMMdd"));
        else if (birthday.startsWith(QLatin1String("--")) && !v3)
            value = QStringLiteral("--") + QString(birthday.mid(2)).remove(QLatin1Char('-'));
        line(QStringLiteral("BDAY:") + value);
    }
    for (const QString &url : r.values.value(QStringLiteral("website")))
        if (!url.trimmed().isEmpty())
            line(QStringLiteral("URL:") + escape(url.trimmed()));
    for (const QString &note : r.values.value(QStringLiteral("notes")))
        if (!note.isEmpty())
            line(QStringLiteral("NOTE:") + escape(note));
    QStringList tags;
    for (const QString &tag : r.values.value(QStringLiteral("tags")))
        if (!tag.trimmed().isEmpty())
            tags << escape(tag.trimmed());
    if (!tags.isEmpty())
        line(QStringLiteral("CATEGORIES:") + tags.join(QLatin1Char(',')));
    line(QStringLiteral("END:VCARD"));
    if (m_buffer.size() >= kFlushThreshold)
        return flush();
    return true;
}

bool VCardWriter::flush()
{
    if (m_failed || !m_device)
        return false;
    qsizetype done = 0;
    while (done < m_buffer.size()) {
        const qint64 n = m_device->write(m_buffer.constData() + done, m_buffer.size() - done);
        if (n <= 0) {
            m_failed = true;
            return false;
        }
        done += n;
    }
    m_buffer.clear();
    return true;
}

QString VCardWriter::errorString() const
{
    if (!m_device)
        return Tr::tr("no output to write to");
    return m_device->errorString();
}

} // namespace Kempt
