// Attachment file names, MIME detection and saving, drafts on disk and canned reply
// placeholders, without a server.

#include "models/attachmentfiles.h"
#include "models/cannedreplies.h"
#include "models/draftstore.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace ResellerDesk;
namespace Files = Models::AttachmentFiles;

namespace {

QJsonObject attachmentData(const QString &name, const QByteArray &bytes)
{
    return QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                       {QStringLiteral("file"), name},
                       {QStringLiteral("type"), QStringLiteral("text/plain")},
                       {QStringLiteral("size"), QString::number(bytes.size())},
                       {QStringLiteral("data_file"), QString::fromLatin1(bytes.toBase64())}};
}

} // namespace

class TestAttachmentFiles : public QObject
{
    Q_OBJECT

private slots:
    void safeName_data();
    void safeName();
    void saveStaysInFolder();
    void saveNeverOverwrites();
    void saveRejectsBadBase64();
    void mimeFromContent();
    void draftRoundTrip();
    void cannedPlaceholders();
};

void TestAttachmentFiles::safeName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("parent path") << "../../x.sh" << "x.sh";
    QTest::newRow("windows path") << "..\\..\\Windows\\evil.dll" << "evil.dll";
    QTest::newRow("absolute") << "/etc/passwd" << "passwd";
    QTest::newRow("bidi override") << QString::fromUtf8("invoice\u202Efdp.exe")
                                   << "invoicefdp.exe";
    QTest::newRow("control chars") << QString::fromUtf8("a\tb\nc\u0001.txt") << "abc.txt";
    QTest::newRow("device name") << "CON" << "_CON";
    QTest::newRow("device with suffix") << "com1.txt" << "_com1.txt";
    QTest::newRow("empty") << "" << "attachment";
    QTest::newRow("only dots") << ".." << "attachment";
    QTest::newRow("hidden") << ".bashrc" << "bashrc";
    QTest::newRow("trailing dot") << "report.pdf. " << "report.pdf";
    QTest::newRow("reserved chars") << "a<b>c:d|e?.txt" << "abcde.txt";
    QTest::newRow("plain") << "screenshot.png" << "screenshot.png";
}

void TestAttachmentFiles::safeName()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(Files::safeFileName(name), expected);
}

void TestAttachmentFiles::saveStaysInFolder()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString inner = folder.filePath(QStringLiteral("inner"));
    QVERIFY(QDir().mkpath(inner));
    const QStringList names{QStringLiteral("../../x.sh"), QString::fromUtf8("a\u202Etxt.sh"),
                            QStringLiteral("CON"), QString()};
    for (const QString &name : names) {
        const Files::SaveResult result = Files::saveAttachment(attachmentData(name, "x"), inner);
        QVERIFY2(result.errorMessage.isEmpty(), qPrintable(result.errorMessage));
        QCOMPARE(QFileInfo(result.filePath).absolutePath(), QFileInfo(inner).absoluteFilePath());
        QVERIFY(!result.filePath.contains(QChar(0x202E)));
    }
    QCOMPARE(QDir(inner).entryList(QDir::Files).size(), names.size());
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files).size(), 0);
}

void TestAttachmentFiles::saveNeverOverwrites()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QFile existing(folder.filePath(QStringLiteral("log.txt")));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("keep me");
    existing.close();
    const Files::SaveResult result =
            Files::saveAttachment(attachmentData(QStringLiteral("log.txt"), "new"), folder.path());
    QVERIFY(result.errorMessage.isEmpty());
    QCOMPARE(QFileInfo(result.filePath).fileName(), QStringLiteral("log (2).txt"));
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("keep me"));
}

void TestAttachmentFiles::saveRejectsBadBase64()
{
    QTemporaryDir folder;
    QJsonObject data = attachmentData(QStringLiteral("a.txt"), "x");
    data.insert(QStringLiteral("data_file"), QStringLiteral("***not base64***"));
    const Files::SaveResult result = Files::saveAttachment(data, folder.path());
    QVERIFY(!result.errorMessage.isEmpty());
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files).size(), 0);

    data.insert(QStringLiteral("data_file"), QString());
    const Files::SaveResult deleted = Files::saveAttachment(data, folder.path());
    QVERIFY(deleted.errorMessage.contains(u"a.txt"));
}

void TestAttachmentFiles::mimeFromContent()
{
    const QByteArray png = QByteArray::fromBase64(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5"
            "ErkJggg==");
    QCOMPARE(Files::detectMimeType(png, QStringLiteral("photo.jpg")), QStringLiteral("image/png"));
    QVERIFY(Files::mimeTypesDiffer(QStringLiteral("image/jpeg"), QStringLiteral("image/png")));
    QVERIFY(!Files::mimeTypesDiffer(QStringLiteral("image/png"), QStringLiteral("image/png")));
    QVERIFY(!Files::mimeTypesDiffer(QStringLiteral("application/octet-stream"),
                                    QStringLiteral("image/png")));
    QCOMPARE(Files::detectMimeType("plain words\n", QStringLiteral("notes.txt")),
             QStringLiteral("text/plain"));
}

void TestAttachmentFiles::draftRoundTrip()
{
    QTemporaryDir folder;
    const Models::DraftStore store(folder.path());
    const QString key = Models::DraftStore::replyKey(42);
    QVERIFY(!store.load(key));
    Models::Draft draft;
    draft.text = QStringLiteral("Hello");
    QVERIFY(store.saveText(key, draft));
    QVERIFY(store.saveAttachments(key, {{QStringLiteral("../a.bin"),
                                         QStringLiteral("application/octet-stream"),
                                         QByteArray("\x00\x01\x02", 3)}}));
    const std::optional<Models::Draft> loaded = store.load(key);
    QVERIFY(loaded);
    QCOMPARE(loaded->text, QStringLiteral("Hello"));
    QCOMPARE(loaded->attachments.size(), 1);
    QCOMPARE(loaded->attachments.first().fileName, QStringLiteral("../a.bin"));
    QCOMPARE(loaded->attachments.first().data, QByteArray("\x00\x01\x02", 3));
    // The stored copy has a generated name inside the draft's folder.
    QVERIFY(!QFile::exists(QDir(folder.path()).filePath(QStringLiteral("a.bin"))));
    store.remove(key);
    QVERIFY(!store.load(key));
}

void TestAttachmentFiles::cannedPlaceholders()
{
    const QString text = Models::CannedReplies::expand(
            QStringLiteral("Hi {name}, {domain} is fine. {unknown} {ticket}"),
            {{QStringLiteral("name"), QStringLiteral("Jane")},
             {QStringLiteral("domain"), QStringLiteral("example.org")},
             {QStringLiteral("ticket"), QStringLiteral("935470")}});
    QCOMPARE(text, QStringLiteral("Hi Jane, example.org is fine. {unknown} 935470"));
    const QList<Models::CannedReply> replies = Models::CannedReplies::load();
    QVERIFY(Models::CannedReplies::findByShortcut(replies, QStringLiteral("/thanks")));
    QVERIFY(!Models::CannedReplies::findByShortcut(replies, QStringLiteral("/none")));
}

QTEST_GUILESS_MAIN(TestAttachmentFiles)
#include "tst_attachmentfiles.moc"
