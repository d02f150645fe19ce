// Measures how many e-mail addresses and phone numbers the data-quality checks judge
// per second (EmailValidator, PhoneNormalizer), median of several runs, one thread.
//
//   bench_check [--count N] [--runs K]              realistic generated values
//   make-contacts 200000 --seed 7 > /tmp/contacts.csv
//   bench_check --csv /tmp/contacts.csv [--runs K]  the E-mail, Phone and Country columns
//
// Prints figures; never fails on time.

#include "quality/emailvalidator.h"
#include "quality/phonenormalizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <ctime>
#include <thread>
#include <vector>

using namespace Kempt;

namespace {

QTextStream out(stdout);

struct Phone {
    QString raw;
    QString region;
};

// One CSV record (RFC 4180: quoted fields may hold commas, quotes and line breaks).
bool readRecord(QTextStream &in, QStringList &fields)
{
    fields.clear();
    if (in.atEnd())
        return false;
    QString field;
    bool quoted = false;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (quoted) {
                if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"'))
                    field += c, ++i;
                else if (c == QLatin1Char('"'))
                    quoted = false;
                else
                    field += c;
            } else if (c == QLatin1Char('"')) {
                quoted = true;
            } else if (c == QLatin1Char(',')) {
                fields << field;
                field.clear();
            } else {
                field += c;
            }
        }
        if (!quoted)
            break;
        field += QLatin1Char('\n');
    }
    fields << field;
    return true;
}

// make-contacts writes countries in many spellings; the bench only needs the region.
QString regionOf(const QString &country)
{
    static const QHash<QString, QString> aliases{
        {QStringLiteral("russian federation"), QStringLiteral("RU")}, {QStringLiteral("россия"), QStringLiteral("RU")},
        {QStringLiteral("deutschland"), QStringLiteral("DE")},        {QStringLiteral("germany"), QStringLiteral("DE")},
        {QStringLiteral("france"), QStringLiteral("FR")},             {QStringLiteral("england"), QStringLiteral("GB")},
        {QStringLiteral("great britain"), QStringLiteral("GB")},      {QStringLiteral("uk"), QStringLiteral("GB")},
        {QStringLiteral("u.s."), QStringLiteral("US")},               {QStringLiteral("usa"), QStringLiteral("US")},
        {QStringLiteral("united states"), QStringLiteral("US")},      {QStringLiteral("ایران"), QStringLiteral("IR")},
        {QStringLiteral("uae"), QStringLiteral("AE")},                {QStringLiteral("الإمارات"), QStringLiteral("AE")},
        {QStringLiteral("السعودية"), QStringLiteral("SA")},           {QStringLiteral("ksa"), QStringLiteral("SA")},
        {QStringLiteral("مصر"), QStringLiteral("EG")},
    };
    const QString c = country.trimmed();
    return aliases.value(c.toLower(), c.size() == 2 ? c.toUpper() : QString());
}

bool loadCsv(const QString &path, QStringList &emails, QList<Phone> &phones)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out << "error: cannot read " << path << ": " << file.errorString() << Qt::endl;
        return false;
    }
    QTextStream in(&file);
    QStringList f;
    readRecord(in, f);
    const qsizetype email = f.indexOf(QStringLiteral("E-mail"));
    const qsizetype phone = f.indexOf(QStringLiteral("Phone"));
    const qsizetype country = f.indexOf(QStringLiteral("Country"));
    if (email < 0 || phone < 0 || country < 0) {
        out << "error: " << path << " has no E-mail, Phone and Country columns (is it from make-contacts?)" << Qt::endl;
        return false;
    }
    while (readRecord(in, f)) {
        if (f.size() <= std::max({email, phone, country}))
            continue;
        if (!f.at(email).isEmpty())
            emails << f.at(email);
        if (!f.at(phone).isEmpty())
            phones.append({f.at(phone), regionOf(f.at(country))});
    }
    return true;
}

QString pick(QRandomGenerator &rng, const QStringList &from)
{
    return from.at(rng.bounded(int(from.size())));
}

QString digits(QRandomGenerator &rng, int n)
{
    QString s;
    for (int i = 0; i < n; ++i)
        s += QChar(u'0' + rng.bounded(10));
    return s;
}

// A realistic mix: company and provider domains, national and Unicode names, typos,
// role mailboxes, placeholders and the usual breakage.
QStringList generateEmails(int n)
{
    QRandomGenerator rng(42);
    const QStringList first{"anna", "ben", "chloe", "dmitri", "elif", "fatima", "georg", "hana", "ivan", "jules",
                            "karim", "lena", "mehdi", "nora", "omar", "paula", "reza", "sara", "tom", "yusuf"};
    const QStringList last{"schmidt", "smith", "ivanova", "rahimi", "haddad", "martin", "okafor", "novak", "kaya", "lee"};
    const QStringList company{"acme", "globex", "initech", "umbrella", "stark-industries", "wayne", "hooli", "vandelay",
                              "tyrell", "cyberdyne", "piedpiper", "wonka", "aperture", "soylent", "oscorp"};
    const QStringList tlds{"com", "de", "co.uk", "fr", "ru", "ir", "ae", "com.sa", "eg", "net", "org", "io"};
    const QStringList providers{"gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "gmx.de", "web.de",
                                "mail.ru", "yandex.ru", "icloud.com", "proton.me"};
    const QStringList idn{"пример.рф", "шрифт.рф", "شركة.مصر", "شرکت.ایران", "müller-bau.de", "société.fr", "例子.中国"};
    const QStringList unicodeLocal{"иван", "علی", "فاطمة", "ñoño", "jürgen", "δοκιμή"};
    const QStringList typos{"gmial.com", "gmal.com", "gmail.co", "hotmial.com", "yaho.com", "outlok.com", "gmail.con"};
    const QStringList broken{"n/a", "none", "test@test.com", "anna.smith.gmail.com", "anna..smith@acme.com",
                             "Anna Smith <anna@acme.com>", "anna smith@acme.com", "anna@acme", "anna@acme.com.",
                             "\"anna\"@acme.com", "anna@[10.0.0.1]", "anna@acme.test"};
    QStringList emails;
    emails.reserve(n);
    for (int i = 0; i < n; ++i) {
        const int kind = rng.bounded(100);
        const QString person = pick(rng, first) + pick(rng, {".", "_", ""}) + pick(rng, last)
                               + (rng.bounded(3) == 0 ? QString::number(rng.bounded(100)) : QString());
        if (kind < 55)
            emails << person + QLatin1Char('@') + pick(rng, company) + QLatin1Char('.') + pick(rng, tlds);
        else if (kind < 77)
            emails << person + QLatin1Char('@') + pick(rng, providers);
        else if (kind < 82)
            emails << person + QLatin1Char('@') + pick(rng, idn);
        else if (kind < 86)
            emails << pick(rng, unicodeLocal) + QLatin1Char('@') + pick(rng, company) + QStringLiteral(".ru");
        else if (kind < 90)
            emails << person + QLatin1Char('@') + pick(rng, typos);
        else if (kind < 94)
            emails << pick(rng, {"info", "sales", "support", "office", "noreply"}) + QLatin1Char('@') + pick(rng, company)
                          + QStringLiteral(".com");
        else
            emails << pick(rng, broken);
    }
    return emails;
}

// Every address at a different domain: nothing repeats, so no remembered answer helps.
QStringList generateUniqueDomainEmails(int n)
{
    QRandomGenerator rng(11);
    const QStringList names{"anna.schmidt", "ben.okafor", "chloe", "d.ivanova", "elif.kaya", "omar_haddad"};
    const QStringList stems{"acme", "nordbau", "gmx-partner", "hotline", "yahooligans", "outdoor", "mailbox", "techno"};
    const QStringList tlds{"com", "de", "net", "co.uk", "ru"};
    QStringList emails;
    emails.reserve(n);
    for (int i = 0; i < n; ++i)
        emails << pick(rng, names) + QLatin1Char('@') + pick(rng, stems) + QString::number(i, 36) + QLatin1Char('.') + pick(rng, tlds);
    return emails;
}

QList<Phone> generatePhones(int n)
{
    QRandomGenerator rng(7);
    QList<Phone> phones;
    phones.reserve(n);
    for (int i = 0; i < n; ++i) {
        switch (rng.bounded(10)) {
        case 0: phones.append({"030 " + digits(rng, 7), "DE"}); break;
        case 1: phones.append({"+49 151 " + digits(rng, 8), ""}); break;
        case 2: phones.append({"07" + digits(rng, 3) + " " + digits(rng, 6), "GB"}); break;
        case 3: phones.append({"(212) " + digits(rng, 3) + "-" + digits(rng, 4), "US"}); break;
        case 4: phones.append({"8 (495) " + digits(rng, 3) + "-" + digits(rng, 2) + "-" + digits(rng, 2), "RU"}); break;
        case 5: phones.append({"0912 " + digits(rng, 3) + " " + digits(rng, 4), "IR"}); break;
        case 6: phones.append({"+971 50 " + digits(rng, 3) + " " + digits(rng, 4), "AE"}); break;
        case 7: phones.append({"05" + digits(rng, 8), "SA"}); break;
        case 8: phones.append({"010 " + digits(rng, 4) + " " + digits(rng, 4), "EG"}); break;
        default: phones.append({"0033 1 " + digits(rng, 8), ""}); break;
        }
    }
    return phones;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

struct Rate {
    double wall = 0; // checks per second of elapsed time
    double cpu = 0;  // checks per second of processor time: steadier on a busy machine
};

template<typename Fn>
Rate perSecond(qsizetype count, int runs, Fn &&fn)
{
    QList<double> wall, cpu;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        const std::clock_t cpuStart = std::clock();
        t.start();
        fn();
        wall << double(count) * 1e9 / double(std::max<qint64>(1, t.nsecsElapsed()));
        cpu << double(count) * CLOCKS_PER_SEC / double(std::max<std::clock_t>(1, std::clock() - cpuStart));
    }
    return {median(wall), median(cpu)};
}

QTextStream &operator<<(QTextStream &s, const Rate &r)
{
    return s << r.wall << " (per CPU-second: " << r.cpu << ")";
}

// The checks are reentrant: a quality scan may split its rows over all cores.
template<typename T, typename Fn>
double perSecondOnThreads(const QList<T> &items, int threads, int runs, Fn &&check)
{
    QList<double> rates;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        std::vector<std::thread> workers;
        const qsizetype chunk = (items.size() + threads - 1) / threads;
        for (int w = 0; w < threads; ++w) {
            workers.emplace_back([&, w] {
                const qsizetype end = std::min(items.size(), (w + 1) * chunk);
                for (qsizetype i = w * chunk; i < end; ++i)
                    check(items.at(i));
            });
        }
        for (std::thread &worker : workers)
            worker.join();
        rates << double(items.size()) * 1e9 / double(std::max<qint64>(1, t.nsecsElapsed()));
    }
    return median(rates);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int count = 200000;
    int runs = 5;
    QString csv;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString a = args.at(i);
        const QString next = i + 1 < args.size() ? args.at(i + 1) : QString();
        if (a == QLatin1String("--count"))
            count = std::max(1, next.toInt()), ++i;
        else if (a == QLatin1String("--runs"))
            runs = std::max(1, next.toInt()), ++i;
        else if (a == QLatin1String("--csv"))
            csv = next, ++i;
        else {
            out << "usage: bench_check [--count N] [--runs K] [--csv FILE]" << Qt::endl;
            return 2;
        }
    }

    QStringList emails;
    QList<Phone> phones;
    if (!csv.isEmpty()) {
        if (!loadCsv(csv, emails, phones))
            return 1;
        out << "source: " << csv << Qt::endl;
    } else {
        emails = generateEmails(count);
        phones = generatePhones(count);
        out << "source: generated" << Qt::endl;
    }
    out << emails.size() << " e-mails, " << phones.size() << " phones, median of " << runs << " runs" << Qt::endl;

    const EmailValidator validator;
    const PhoneNormalizer normalizer;
    int verdicts[3] = {0, 0, 0};
    for (const QString &e : emails)
        ++verdicts[validator.check(e).status];
    out << "e-mails: " << verdicts[0] << " valid, " << verdicts[1] << " warnings, " << verdicts[2] << " invalid" << Qt::endl;
    int phoneVerdicts[3] = {0, 0, 0};
    for (const Phone &p : phones)
        ++phoneVerdicts[normalizer.check(p.raw, p.region).status];
    out << "phones:  " << phoneVerdicts[0] << " valid, " << phoneVerdicts[2] << " invalid" << Qt::endl;

    int sink = 0;
    const Rate emailRate = perSecond(emails.size(), runs, [&] {
        for (const QString &e : emails)
            sink += validator.check(e).status;
    });
    const QStringList unique = generateUniqueDomainEmails(int(emails.size()));
    const Rate uniqueRate = perSecond(unique.size(), runs, [&] {
        for (const QString &e : unique)
            sink += validator.check(e).status;
    });
    const Rate phoneRate = perSecond(phones.size(), runs, [&] {
        for (const Phone &p : phones)
            sink += normalizer.check(p.raw, p.region).status;
    });
    const int threads = std::max(2, QThread::idealThreadCount());
    std::atomic<int> shared{0};
    const double emailThreaded = perSecondOnThreads(emails, threads, runs, [&](const QString &e) {
        shared.fetch_add(validator.check(e).status, std::memory_order_relaxed);
    });
    const double phoneThreaded = perSecondOnThreads(phones, threads, runs, [&](const Phone &p) {
        shared.fetch_add(normalizer.check(p.raw, p.region).status, std::memory_order_relaxed);
    });
    out << Qt::fixed << qSetRealNumberPrecision(0);
    out << "e-mail checks/s: " << emailRate << Qt::endl;
    out << "e-mail checks/s, every domain different: " << uniqueRate << Qt::endl;
    out << "phone checks/s:  " << phoneRate << Qt::endl;
    out << "on " << threads << " threads: e-mail checks/s " << emailThreaded << ", phone checks/s " << phoneThreaded << Qt::endl;
    return sink + shared < 0 ? 1 : 0;
}
