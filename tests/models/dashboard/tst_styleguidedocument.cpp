#include "quality/ruletext.h"
#include "quality/styleguidedocument.h"

#include <QTest>

using namespace Kempt;

// The style guide as the team's training document.
class TestStyleGuideDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRuleInForceAppearsWithItsDescriptionAndExamples()
    {
        const StyleGuide guide = StyleGuide::defaultGuide();
        const QString html = StyleGuideDocument::html(guide, {});
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        for (const StyleGuideRule &rule : guide.rules()) {
            QVERIFY2(html.contains(rule.description.toHtmlEscaped()), qPrintable(rule.id));
            QVERIFY2(html.contains(RuleText::paramsSummary(rule).toHtmlEscaped()), qPrintable(rule.id));
            for (const QString &example : rule.goodExamples + rule.badExamples)
                QVERIFY2(html.contains(example.toHtmlEscaped()), qPrintable(example));
        }
    }

    void aSwitchedOffRuleIsLeftOutAndCounted()
    {
        StyleGuide guide = StyleGuide::defaultGuide();
        StyleGuideRule rule = *guide.rule(QStringLiteral("contact.stale"));
        rule.enabled = false;
        guide.replaceRule(rule);
        const QString html = StyleGuideDocument::html(guide, {});
        QVERIFY(!html.contains(rule.description.toHtmlEscaped()));
        QVERIFY(html.contains(QStringLiteral("1 rule of the guide is switched off")));
    }

    void textIsEscapedAndRightToLeftIsDeclared()
    {
        StyleGuide guide = StyleGuide::defaultGuide();
        StyleGuideRule rule = *guide.rule(QStringLiteral("contact.owner.required"));
        rule.description = QStringLiteral("Owners <b>matter</b> & more");
        guide.replaceRule(rule);
        StyleGuideDocument::Options options;
        options.title = QStringLiteral("Acme <data> rules");
        options.rightToLeft = true;
        const QString html = StyleGuideDocument::html(guide, options);
        QVERIFY(html.contains(QStringLiteral("Owners &lt;b&gt;matter&lt;/b&gt; &amp; more")));
        QVERIFY(html.contains(QStringLiteral("<h1>Acme &lt;data&gt; rules</h1>")));
        QVERIFY(html.contains(QStringLiteral("<html dir=\"rtl\">")));
    }
};

QTEST_GUILESS_MAIN(TestStyleGuideDocument)
#include "tst_styleguidedocument.moc"
