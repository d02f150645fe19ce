#include "quality/styleguidedocument.h"
#include "itemmodels/styleguiderulemodel.h"
#include "quality/ruletext.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <algorithm>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StyleGuideDocument)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString severityColor(StyleGuideRule::Severity severity)
{
    switch (severity) {
    case StyleGuideRule::Severity::Error: return QStringLiteral("#b42318");
    case StyleGuideRule::Severity::Warning: return QStringLiteral("#b54708");
    case StyleGuideRule::Severity::Fix: return QStringLiteral("#175cd3");
    }
    return QStringLiteral("#555");
}

QString examples(const StyleGuideRule &rule)
{
    if (rule.goodExamples.isEmpty() && rule.badExamples.isEmpty())
        return QString();
    QString html = QStringLiteral("<table class=\"examples\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>");
    html += QStringLiteral("<th width=\"50%\">%1</th><th width=\"50%\">%2</th></tr>").arg(esc(Tr::tr("Good")), esc(Tr::tr("Bad")));
    const qsizetype rows = std::max(rule.goodExamples.size(), rule.badExamples.size());
    for (qsizetype i = 0; i < rows; ++i) {
        const QString good = rule.goodExamples.value(i);
        const QString bad = rule.badExamples.value(i);
        html += QStringLiteral("<tr><td class=\"good\">%1</td><td class=\"bad\">%2</td></tr>")
                    .arg(good.isEmpty() ? QString() : QStringLiteral("✓ ") + esc(good),
                         bad.isEmpty() ? QString() : QStringLiteral("✗ ") + esc(bad));
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QString StyleGuideDocument::html(const StyleGuide &guide, const Options &options)
{
    const QString title = options.title.isEmpty() ? Tr::tr("Data style guide") : options.title;
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html%1><head><meta charset=\"utf-8\"><title>%2</title>\n")
                .arg(options.rightToLeft ? QStringLiteral(" dir=\"rtl\"") : QString(), esc(title));
    html += QStringLiteral(
        "<style>body{font-family:sans-serif;color:#1d2939;max-width:52em;margin:2em auto;line-height:1.4}"
        "h1{font-size:1.8em;margin-bottom:0}h2{margin-top:1.6em;border-bottom:2px solid #d0d5dd}"
        "h3{color:#475467;margin-top:1.2em}.meta{color:#667085}.rule{margin:0.6em 0 1.2em 0}"
        "h4{margin:0.2em 0}.severity{font-size:0.8em;font-weight:bold}.does{color:#344054;font-style:italic}"
        ".examples th{text-align:start;background:#f2f4f7}.good{color:#067647}.bad{color:#b42318}"
        ".id{color:#98a2b3;font-size:0.8em;font-family:monospace}</style></head><body>\n");
    html += QStringLiteral("<h1>%1</h1>\n").arg(esc(title));
    QStringList meta;
    if (!options.workspaceName.isEmpty())
        meta << esc(options.workspaceName);
    meta << esc(guide.version() > 0 ? Tr::tr("Version %1").arg(guide.version()) : Tr::tr("Kempt's default guide"));
    meta << esc(QLocale().toString(QDate::currentDate(), QLocale::LongFormat));
    html += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(meta.join(QStringLiteral(" · ")));
    html += QStringLiteral("<p>%1</p>\n<ul>").arg(esc(Tr::tr("These are the rules our customer data follows. Kempt applies "
                                                              "them when a record is typed in, when a file is imported and "
                                                              "in every audit. Each rule has a severity:")));
    for (StyleGuideRule::Severity s : {StyleGuideRule::Severity::Error, StyleGuideRule::Severity::Warning, StyleGuideRule::Severity::Fix})
        html += QStringLiteral("<li>%1</li>").arg(esc(RuleText::severityMeaning(s)));
    html += QStringLiteral("</ul>\n");
    if (!guide.defaultRegion().isEmpty())
        html += QStringLiteral("<p>%1</p>\n").arg(esc(Tr::tr("Phone numbers without a country code are read as numbers of %1.")
                                                         .arg(guide.defaultRegion())));

    StyleGuideRuleModel model;
    model.setGuide(guide);
    int switchedOff = 0;
    QString entityShown;
    for (int g = 0; g < model.rowCount(); ++g) {
        const QModelIndex group = model.index(g, 0);
        QString section;
        for (int r = 0; r < model.rowCount(group); ++r) {
            const StyleGuideRule rule = model.ruleAt(model.index(r, 0, group));
            if (!rule.enabled) {
                ++switchedOff;
                continue;
            }
            section += QStringLiteral("<div class=\"rule\"><h4>%1 <span class=\"severity\" style=\"color:%2\">%3</span> "
                                      "<span class=\"id\">%4</span></h4>\n")
                           .arg(esc(RuleText::ruleTitle(rule)), severityColor(rule.severity),
                                esc(RuleText::severityLabel(rule.severity)), esc(rule.id));
            if (!rule.description.isEmpty())
                section += QStringLiteral("<p>%1</p>\n").arg(esc(rule.description));
            section += QStringLiteral("<p class=\"does\">%1</p>\n").arg(esc(RuleText::paramsSummary(rule)));
            section += examples(rule) + QStringLiteral("</div>\n");
        }
        if (section.isEmpty())
            continue;
        const Entity entity = Entity(group.data(StyleGuideRuleModel::EntityRole).toInt());
        const QString entityLabel = RuleText::entityLabel(entity);
        if (entityLabel != entityShown) {
            html += QStringLiteral("<h2>%1</h2>\n").arg(esc(entityLabel));
            entityShown = entityLabel;
        }
        html += QStringLiteral("<h3>%1</h3>\n").arg(esc(group.data().toString())) + section;
    }
    if (switchedOff > 0)
        html += QStringLiteral("<p class=\"meta\">%1</p>\n")
                    .arg(esc(switchedOff == 1 ? Tr::tr("%Ln rule of the guide is switched off and not listed.", nullptr, 1)
                                              : Tr::tr("%Ln rules of the guide are switched off and not listed.", nullptr, switchedOff)));
    html += QStringLiteral("</body></html>\n");
    return html;
}

} // namespace Kempt
