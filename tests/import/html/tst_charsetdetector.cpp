#include "import/html/charsetdetector.h"

#include <QTest>

using lede::CharsetDetector;

class TestCharsetDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerCharset()
    {
        QCOMPARE(CharsetDetector::charsetFromContentType("text/html; charset=UTF-8"), QByteArray("utf-8"));
        QCOMPARE(CharsetDetector::charsetFromContentType("text/html;charset=\"ISO-8859-1\""),
                 QByteArray("windows-1252"));
        QVERIFY(CharsetDetector::charsetFromContentType("text/html").isEmpty());
    }

    void metaCharset_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QByteArray>("charset");
        QTest::newRow("html5") << QByteArray("<html><head><meta charset=\"Shift_JIS\">") << QByteArray("shift_jis");
        QTest::newRow("unquoted") << QByteArray("<META CHARSET=windows-1251>") << QByteArray("windows-1251");
        QTest::newRow("http-equiv") << QByteArray(
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">")
                                    << QByteArray("koi8-r");
        QTest::newRow("commented out") << QByteArray("<!-- <meta charset=\"gbk\"> --><meta charset=utf-8>")
                                       << QByteArray("utf-8");
        QTest::newRow("none") << QByteArray("<html><head><title>x</title>") << QByteArray();
    }

    void metaCharset()
    {
        QFETCH(QByteArray, head);
        QFETCH(QByteArray, charset);
        QCOMPARE(CharsetDetector::charsetFromMeta(head), charset);
    }

    void precedence()
    {
        const QByteArray latin = "<meta charset=\"utf-8\"><p>caf\xE9</p>";
        // Declared UTF-8 but is not: falls back to Windows-1252.
        QCOMPARE(CharsetDetector::decode(latin, QString()).text,
                 QStringLiteral("<meta charset=\"utf-8\"><p>caf\u00E9</p>"));
        // The header wins over the meta.
        const QByteArray cyrillic = "<meta charset=\"windows-1252\"><p>\xEC\xE8\xF0</p>";
        QCOMPARE(CharsetDetector::decode(cyrillic, QStringLiteral("text/html; charset=windows-1251")).encoding,
                 QByteArray("windows-1251"));
        QVERIFY(CharsetDetector::decode(cyrillic, QStringLiteral("text/html; charset=windows-1251"))
                    .text.contains(QStringLiteral("мир")));
        // A BOM wins over both.
        const QByteArray bom = "\xEF\xBB\xBF<meta charset=\"windows-1252\"><p>\xC3\xA9</p>";
        QCOMPARE(CharsetDetector::decode(bom, QStringLiteral("text/html; charset=iso-8859-1")).text,
                 QStringLiteral("<meta charset=\"windows-1252\"><p>\u00E9</p>"));
        // UTF-16 with BOM.
        const QByteArray utf16 = QByteArray("\xFF\xFE", 2) + QByteArray("<\0p\0>\0\xE9\0", 8);
        QCOMPARE(CharsetDetector::decode(utf16, QString()).text, QStringLiteral("<p>\u00E9"));
    }

    void detectionWithoutDeclaration()
    {
        QCOMPARE(CharsetDetector::decode("<p>na\xC3\xAFve</p>", QString()).encoding, QByteArray("utf-8"));
        const auto latin = CharsetDetector::decode("<p>\x93quoted\x94</p>", QString());
        QCOMPARE(latin.encoding, QByteArray("windows-1252"));
        QCOMPARE(latin.text, QStringLiteral("<p>\u201Cquoted\u201D</p>"));
    }

    void staleLegacyDeclarationOnUtf8()
    {
        const QByteArray page = "<meta charset=\"gb2312\"><p>\xE6\x96\xB0\xE9\x97\xBB</p>";
        QCOMPARE(CharsetDetector::decode(page, QString()).text, QStringLiteral("<meta charset=\"gb2312\"><p>新闻</p>"));
    }
};

QTEST_GUILESS_MAIN(TestCharsetDetector)
#include "tst_charsetdetector.moc"
