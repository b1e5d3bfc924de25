#include "analysis/analyzer.h"
#include "speakertestsupport.h"

#include <QTest>

using namespace lede;
using lede::speakertest::mention;
using lede::speakertest::quoteOf;

// Quotations set inside a sentence by a comma, and who speaks them rather than the paragraph's
// other speaker.
class TstAttributionAsides : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quotationAfterACommaBelongsToItsSentencesSubject()
    {
        // "She has coined a new phrase, "…"": the sentence's subject, not Reed, who speaks later.
        const QString body = QStringLiteral("Ann Fields spoke after Tom Reed. She has coined a new phrase, \"taxpayer "
                                            "theater,\" to describe the plan. Reed said it was \"a fine idea for the "
                                            "city.\"");
        const QuoteFinding q = quoteOf(body, QStringLiteral("taxpayer"));
        QCOMPARE(mention(body, q), QStringLiteral("She"));
        QCOMPARE(q.speaker, QStringLiteral("Ann Fields"));
    }
};

QTEST_GUILESS_MAIN(TstAttributionAsides)
#include "tst_attributionasides.moc"
