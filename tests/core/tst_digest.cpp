// digest::sha256: the chain hashes' SHA-256, portable by default, replaceable by a faster implementation that must
// agree with it, and never left without one.
#include "base/digest.h"

#include <QTest>

using namespace madang;

namespace {
QByteArray fixedHash(std::initializer_list<QByteArrayView>)
{
    return QByteArray(32, '\x5a');
}

QByteArray brokenHash(std::initializer_list<QByteArrayView>)
{
    return {};
}
} // namespace

class TestDigest : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { digest::setSha256(nullptr); }
    void knownAnswers_data();
    void knownAnswers();
    void partsAreConcatenated_data();
    void partsAreConcatenated();
    void installedImplementationIsUsed();
    void failingImplementationFallsBack();
};

void TestDigest::knownAnswers_data()
{
    // FIPS 180-4 examples and the empty message.
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("hex");
    QTest::newRow("empty") << QByteArray()
                           << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << QByteArray("abc")
                         << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("two blocks") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    QTest::newRow("a million a") << QByteArray(1000000, 'a')
                                 << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

void TestDigest::knownAnswers()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, hex);
    QCOMPARE(digest::sha256({message}).toHex(), hex);
    QCOMPARE(digest::portableSha256({message}).toHex(), hex);
}

void TestDigest::partsAreConcatenated_data()
{
    QTest::addColumn<int>("split");
    QTest::newRow("nothing before") << 0;
    QTest::newRow("one byte before") << 1;
    QTest::newRow("a block before") << 64;
    QTest::newRow("all before") << 1300;
}

void TestDigest::partsAreConcatenated()
{
    // The journal hashes its previous hash and the entry's text as two parts: the same as one message.
    QFETCH(int, split);
    QByteArray whole(1300, Qt::Uninitialized);
    for (int i = 0; i < whole.size(); ++i) {
        whole[i] = static_cast<char>('a' + i % 26);
    }
    const QByteArrayView view(whole);
    QCOMPARE(digest::sha256({view.first(split), view.sliced(split)}), digest::sha256({whole}));
    QCOMPARE(digest::sha256({view.first(split), QByteArrayView(), view.sliced(split)}), digest::sha256({whole}));
}

void TestDigest::installedImplementationIsUsed()
{
    digest::setSha256(&fixedHash);
    QCOMPARE(digest::sha256({QByteArray("abc")}), QByteArray(32, '\x5a'));
    QCOMPARE(digest::portableSha256({QByteArray("abc")}).toHex(),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    digest::setSha256(nullptr);
    QCOMPARE(digest::sha256({QByteArray("abc")}), digest::portableSha256({QByteArray("abc")}));
}

void TestDigest::failingImplementationFallsBack()
{
    digest::setSha256(&brokenHash);
    QCOMPARE(digest::sha256({QByteArray("abc")}).toHex(),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

QTEST_GUILESS_MAIN(TestDigest)
#include "tst_digest.moc"
