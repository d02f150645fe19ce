#include "cli/checkcommand.h"
#include "quality/fieldchecker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <thread>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

constexpr qint64 BlockSize = 1 << 20;

// Appends text as UTF-8, with control characters as their visible pictures (U+2400+n),
// so that a tab or line break inside a value cannot break the TSV.
void appendField(QByteArray &out, const QString &text)
{
    bool plain = true;
    for (QChar c : text)
        if (c.unicode() < 0x20) {
            plain = false;
            break;
        }
    if (plain) {
        out += text.toUtf8();
        return;
    }
    QString shown = text;
    for (QChar &c : shown)
        if (c.unicode() < 0x20)
            c = QChar(0x2400 + c.unicode());
    out += shown.toUtf8();
}

// Judges the lines [from, to) of a block into out, one TSV row each.
void judge(const FieldChecker &checker, const QList<QByteArrayView> &lines, qsizetype from, qsizetype to, QByteArray *out)
{
    out->reserve((to - from) * 96);
    for (qsizetype i = from; i < to; ++i) {
        const QString value = QString::fromUtf8(lines.at(i));
        const Verdict v = checker.check(value);
        appendField(*out, value);
        out->append('\t');
        appendField(*out, v.normalized);
        out->append('\t');
        out->append(Verdict::statusName(v.status).toLatin1());
        out->append('\t');
        appendField(*out, v.reason);
        out->append('\t');
        appendField(*out, v.suggestion);
        out->append('\n');
    }
}

// Splits complete lines off the front of buffer; the last, unfinished one stays.
QList<QByteArrayView> takeLines(const QByteArray &buffer, bool atEnd, qsizetype *consumed)
{
    QList<QByteArrayView> lines;
    qsizetype start = 0;
    while (true) {
        const qsizetype end = buffer.indexOf('\n', start);
        if (end < 0)
            break;
        qsizetype stop = end;
        if (stop > start && buffer.at(stop - 1) == '\r')
            --stop;
        lines << QByteArrayView(buffer.constData() + start, stop - start);
        start = end + 1;
    }
    if (atEnd && start < buffer.size()) {
        qsizetype stop = buffer.size();
        if (buffer.at(stop - 1) == '\r')
            --stop;
        lines << QByteArrayView(buffer.constData() + start, stop - start);
        start = buffer.size();
    }
    *consumed = start;
    return lines;
}

} // namespace

QString CheckCommand::synopsis() const
{
    return QStringLiteral("check --field email|phone|name|company|country|date [--region XX] [--order dmy|mdy|ymd]");
}

QString CheckCommand::summary() const
{
    return Tr::tr("Check one value a line from standard input; write input, normalized, verdict, reason and suggestion "
              "as TSV");
}

QList<QCommandLineOption> CheckCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("field"), Tr::tr("What the values are: email, phone, name, company, country or date."),
                           QStringLiteral("FIELD")),
        QCommandLineOption(QStringLiteral("region"), Tr::tr("The country (ISO code such as DE) of phone numbers without +CC."),
                           QStringLiteral("XX")),
        QCommandLineOption(QStringLiteral("order"),
                           Tr::tr("How numeric dates are read: dmy (31/12/2024), mdy (12/31/2024) or ymd. Without it, "
                              "a date such as 03/04/2024 is reported as ambiguous."),
                           QStringLiteral("ORDER")),
    };
}

int CheckCommand::run(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context)
{
    const QString fieldName = parser.value(QStringLiteral("field")).toLower();
    FieldChecker::Field field;
    if (!FieldChecker::fieldFromName(fieldName, &field))
        return fail(context, fieldName.isEmpty() ? Tr::tr("Name the kind of values with --field %1.").arg(FieldChecker::fieldNames().join(QLatin1Char('|')))
                                                 : Tr::tr("\"%1\" is not a field check knows; use --field %2.")
                                                       .arg(fieldName, FieldChecker::fieldNames().join(QLatin1Char('|'))),
                    UsageError);
    const QString region = parser.value(QStringLiteral("region")).trimmed();
    if (!region.isEmpty() && (region.size() != 2 || !region.at(0).isLetter() || !region.at(1).isLetter()))
        return fail(context, Tr::tr("--region takes a two-letter country code such as DE, not \"%1\".").arg(region), UsageError);
    const QString orderName = parser.value(QStringLiteral("order")).toLower();
    DateNormalizer::Order order = DateNormalizer::Ambiguous;
    if (orderName == QLatin1String("dmy"))
        order = DateNormalizer::DayFirst;
    else if (orderName == QLatin1String("mdy"))
        order = DateNormalizer::MonthFirst;
    else if (orderName == QLatin1String("ymd"))
        order = DateNormalizer::Iso;
    else if (!orderName.isEmpty())
        return fail(context, Tr::tr("--order is dmy, mdy or ymd, not \"%1\".").arg(orderName), UsageError);
    if (!arguments.isEmpty())
        return fail(context, Tr::tr("check reads its values from standard input, one a line; it takes no file name."), UsageError);

    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered))
        return fail(context, Tr::tr("Standard input cannot be read: %1").arg(in.errorString()));
    context.out.flush();
    const FieldChecker checker(field, region, order);

    QByteArray buffer;
    bool first = true;
    bool atEnd = false;
    while (!atEnd) {
        const qsizetype kept = buffer.size();
        buffer.resize(kept + BlockSize);
        const qint64 got = in.read(buffer.data() + kept, BlockSize);
        if (got < 0)
            return fail(context, Tr::tr("Standard input cannot be read: %1").arg(in.errorString()));
        buffer.resize(kept + got);
        atEnd = got == 0;
        if (first && buffer.startsWith("\xEF\xBB\xBF"))
            buffer.remove(0, 3); // a byte order mark is not part of the first value
        first = false;

        qsizetype consumed = 0;
        const QList<QByteArrayView> lines = takeLines(buffer, atEnd, &consumed);
        // Two halves on two threads; the order of the output is the order of the input.
        QByteArray front;
        QByteArray back;
        const qsizetype half = lines.size() / 2;
        if (lines.size() >= 256) {
            std::thread worker(judge, std::cref(checker), std::cref(lines), half, lines.size(), &back);
            judge(checker, lines, 0, half, &front);
            worker.join();
        } else {
            judge(checker, lines, 0, lines.size(), &front);
        }
        if (context.rawOut->write(front) != front.size() || context.rawOut->write(back) != back.size())
            return fail(context, Tr::tr("The results could not be written: %1").arg(context.rawOut->errorString()));
        buffer.remove(0, consumed);
    }
    return Success;
}

} // namespace Kempt
