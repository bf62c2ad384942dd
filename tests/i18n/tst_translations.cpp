// SPDX-License-Identifier: GPL-3.0-or-later
// The UI translations against the sources: lupdate runs on copies of translations/*.ts in a temporary
// directory (the originals are never written), then every unfinished, obsolete or malformed entry of each
// language is listed. lrelease's statistics must agree with what the test counted.
#include "dataset/localizedtext.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <algorithm>

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; ///< "", "unfinished", "obsolete" or "vanished"
    bool numerus = false;
    QStringList forms; ///< the translation, or each numerus form
    QString label() const { return context + QStringLiteral(": \"") + source + u'"'; }
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"translation" && message.numerus)
            ts.messages.append(message);
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message {context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", {}};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus) {
                message.forms = {xml.readElementText()};
                ts.messages.append(message);
            }
        } else if (name == u"numerusform") {
            message.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

/// The %1…%99 markers of @p text, as a set.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(?:L)?([1-9][0-9]?)"));
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    return found;
}

QString run(const QString &program, const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(120000)) {
        *exitCode = -1;
        return process.errorString();
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAll());
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyLanguageHasATsFile();
    void complete_data();
    void complete();
};

void TestTranslations::everyLanguageHasATsFile()
{
    for (const QString &language : Dealscope::supportedLanguages()) {
        if (language == QLatin1String("en"))
            continue; // the source language
        const QString path
            = QStringLiteral(DEALSCOPE_TRANSLATIONS_DIR "/dealscope_%1.ts").arg(QString(language).replace(u'-', u'_'));
        QVERIFY2(QFile::exists(path), qPrintable(path));
    }
}

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("tsFile");
    QTest::addColumn<bool>("pluralsOnly");
    const QStringList files = QDir(QStringLiteral(DEALSCOPE_TRANSLATIONS_DIR))
                                  .entryList({QStringLiteral("dealscope_*.ts")}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << QStringLiteral(DEALSCOPE_TRANSLATIONS_DIR "/") + file << false;
    // English, the source language, has a catalogue of its plural forms only ("%n clause(s)").
    QTest::newRow("plurals/dealscope_en.ts")
        << QStringLiteral(DEALSCOPE_TRANSLATIONS_DIR "/plurals/dealscope_en.ts") << true;
}

void TestTranslations::complete()
{
    QFETCH(QString, tsFile);
    QFETCH(bool, pluralsOnly);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(tsFile).fileName());
    QVERIFY(QFile::copy(tsFile, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    // Without -no-obsolete, so that entries the sources no longer have show up as obsolete or vanished.
    int status = 0;
    QStringList arguments {
        QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-source-language"), QStringLiteral("en"),
        // Includes are written from each library's root: lupdate needs the roots to know the classes.
        QStringLiteral("-I"), QStringLiteral(DEALSCOPE_SOURCE_ROOT "/core"), QStringLiteral("-I"),
        QStringLiteral(DEALSCOPE_SOURCE_ROOT "/gui"), QStringLiteral("@" DEALSCOPE_TRANSLATION_SOURCES_LIST),
        QStringLiteral("-ts"), copy};
    if (pluralsOnly)
        arguments.prepend(QStringLiteral("-pluralonly"));
    const QString lupdateOutput = run(QStringLiteral(DEALSCOPE_LUPDATE), arguments, &status);
    QVERIFY2(status == 0, qPrintable(lupdateOutput));

    const TsFile original = readTs(tsFile);
    QVERIFY2(original.error.isEmpty(), qPrintable(original.error));
    const TsFile updated = readTs(copy);
    QVERIFY2(updated.error.isEmpty(), qPrintable(updated.error));
    QVERIFY(!updated.messages.isEmpty());

    QStringList problems;
    qsizetype finished = 0;
    qsizetype unfinished = 0;
    for (const Message &message : updated.messages) {
        if (message.type == QLatin1String("obsolete") || message.type == QLatin1String("vanished")) {
            problems.append(QStringLiteral("obsolete (no longer in the sources): ") + message.label());
            continue;
        }
        const bool empty = std::any_of(message.forms.cbegin(), message.forms.cend(),
                                       [](const QString &form) { return form.isEmpty(); });
        if (message.type == QLatin1String("unfinished") || empty || message.forms.isEmpty()) {
            ++unfinished;
            problems.append(QStringLiteral("unfinished: ") + message.label());
            continue;
        }
        ++finished;
        const QSet<QString> wanted = placeholders(message.source);
        for (const QString &form : message.forms) {
            if (placeholders(form) != wanted)
                problems.append(QStringLiteral("placeholders differ: %1 → \"%2\"").arg(message.label(), form));
        }
        if (message.numerus) {
            const bool countShown = std::any_of(message.forms.cbegin(), message.forms.cend(),
                                                [](const QString &form) { return form.contains(QLatin1String("%n")); });
            if (!countShown)
                problems.append(QStringLiteral("no form shows the count %n: ") + message.label());
        }
    }
    // Entries new in the sources are unfinished in the copy; name them so translators know they are new.
    QSet<QString> known;
    for (const Message &message : original.messages)
        known.insert(message.label());
    for (QString &problem : problems) {
        if (problem.startsWith(QLatin1String("unfinished: ")) && !known.contains(problem.mid(12)))
            problem += QStringLiteral(" (new in the sources)");
    }

    // lrelease's own statistics must agree with the count above.
    const QString qm = dir.filePath(QStringLiteral("check.qm"));
    const QString lreleaseOutput = run(QStringLiteral(DEALSCOPE_LRELEASE), {copy, QStringLiteral("-qm"), qm}, &status);
    QVERIFY2(status == 0, qPrintable(lreleaseOutput));
    // "Generated N translation(s) (F finished and U unfinished)", then "Ignored I untranslated source text(s)"
    // when some are empty: U + I are the unfinished entries counted above.
    static const QRegularExpression generated(QStringLiteral("\\((\\d+) finished and (\\d+) unfinished\\)"));
    static const QRegularExpression ignored(QStringLiteral("Ignored (\\d+) untranslated"));
    const QRegularExpressionMatch counts = generated.match(lreleaseOutput);
    QVERIFY2(counts.hasMatch(), qPrintable(lreleaseOutput));
    const qlonglong ignoredCount = ignored.match(lreleaseOutput).captured(1).toLongLong();
    QCOMPARE(counts.captured(1).toLongLong(), qlonglong(finished));
    QCOMPARE(counts.captured(2).toLongLong() + ignoredCount, qlonglong(unfinished));

    if (!problems.isEmpty()) {
        QFAIL(qPrintable(QStringLiteral("%1 (%2): %3 of %4 entries need work:\n  %5")
                             .arg(QFileInfo(tsFile).fileName(), updated.language)
                             .arg(problems.size())
                             .arg(updated.messages.size())
                             .arg(problems.join(QStringLiteral("\n  ")))));
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
