// The content hash that finds duplicate articles: the processor-instruction SHA-256 must give the
// digests every earlier library stored (FIPS 180-4's, as QCryptographicHash computes them).
#include "storage/articlerepository.h"
#include "storage/sha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace lede;

class TestSha256 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownDigests();
    void everyPaddingLength();
    void largeInputs();
    void articleHashUnchanged();
};

void TestSha256::knownDigests()
{
    qInfo() << "processor SHA instructions:" << sha256UsesProcessorInstructions();
    // FIPS 180-2 appendix B examples.
    QCOMPARE(sha256("").toHex(), QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(sha256("abc").toHex(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq").toHex(),
             QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
}

void TestSha256::everyPaddingLength()
{
    // Lengths around one and two blocks: the padding takes one or two extra blocks.
    QByteArray data;
    for (int n = 0; n <= 200; ++n) {
        QCOMPARE(sha256(data), QCryptographicHash::hash(data, QCryptographicHash::Sha256));
        data.append(char('a' + n % 26));
    }
}

void TestSha256::largeInputs()
{
    QRandomGenerator random(20261126);
    for (int size : {4095, 4096, 65537, 1 << 20}) {
        QByteArray data(size, Qt::Uninitialized);
        for (char &c : data)
            c = char(random.bounded(256));
        QCOMPARE(sha256(data), QCryptographicHash::hash(data, QCryptographicHash::Sha256));
    }
}

void TestSha256::articleHashUnchanged()
{
    // What a library stores as an article's content_hash: hex SHA-256 of the UTF-8 text.
    const QString body = QStringLiteral("Mayor Lana Negrete said “we follow state law” — café, naïve.\n\nEnd.");
    QCOMPARE(ArticleRepository::hashBody(body),
             QString::fromLatin1(QCryptographicHash::hash(body.toUtf8(), QCryptographicHash::Sha256).toHex()));
}

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
