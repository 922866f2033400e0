// SPDX-License-Identifier: GPL-3.0-or-later
// Every translation Spill ships is complete and says what the English says:
// no entry unfinished or left over from an older text, the same
// placeholders, and a keyboard mnemonic wherever the English has one.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString translationType; // "", "unfinished", "vanished" or "obsolete"
    QStringList forms; // one, or the plural forms
    bool numerus = false;
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
        // A numerus message is complete when its translation closes.
        if (xml.isEndElement() && xml.name() == u"translation" && message.numerus)
            ts.messages.append(message);
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            ts.language = xml.attributes().value(u"language"_s).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = {context, {}, {}, {}, xml.attributes().value(u"numerus"_s) == u"yes"};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            message.translationType = xml.attributes().value(u"type"_s).toString();
            if (!message.numerus) {
                message.forms = {xml.readElementText()};
                ts.messages.append(message);
            }
        } else if (name == u"numerusform") {
            message.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

// %1..%9, %n and %L1 as counts, sorted, so their order may change.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?[1-9n]"_s);
    QStringList found;
    for (auto match = pattern.globalMatch(text); match.hasNext();)
        found << match.next().captured();
    found.sort();
    return found;
}

// Qt's mnemonic marks: "&" before anything but another "&" or a space.
int mnemonics(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        count += text.at(i + 1).isSpace() ? 0 : 1;
    }
    return count;
}

} // namespace

TEST_CASE("translations: every shipped language is complete and faithful")
{
    const QDir folder(QStringLiteral(SPILL_SOURCE_DIR "/translations"));
    const QStringList files = folder.entryList({u"spill_*.ts"_s}, QDir::Files, QDir::Name);
    // English (its plural forms), German, Spanish, French, Italian.
    REQUIRE(files ==
            QStringList {u"spill_de.ts"_s, u"spill_en.ts"_s, u"spill_es.ts"_s, u"spill_fr.ts"_s,
                         u"spill_it.ts"_s});
    int allMessages = 0;
    for (const QString &name : files) {
        INFO(name.toStdString());
        const TsFile ts = readTs(folder.filePath(name));
        REQUIRE(ts.error.isEmpty());
        CHECK(ts.language.startsWith(name.mid(6, 2)));
        REQUIRE_FALSE(ts.messages.isEmpty());
        allMessages = std::max(allMessages, int(ts.messages.size()));
        QStringList problems;
        for (const Message &message : ts.messages) {
            const QString where = message.context + u": " + message.source.left(60);
            if (!message.translationType.isEmpty()) {
                problems << message.translationType + u": " + where;
                continue;
            }
            for (const QString &form : message.forms) {
                if (form.trimmed().isEmpty()) {
                    problems << u"empty: "_s + where;
                    continue;
                }
                QStringList wanted = placeholders(message.source);
                // A singular form may say "one" in words instead of %n.
                QStringList got = placeholders(form);
                if (message.numerus) {
                    wanted.removeAll(u"%n"_s);
                    got.removeAll(u"%n"_s);
                }
                if (got != wanted)
                    problems << u"placeholders "_s + got.join(u' ') + u": " + where;
                if (mnemonics(form) != mnemonics(message.source))
                    problems << u"mnemonic: "_s + form + u" for " + where;
            }
            if (message.numerus && message.forms.size() < 2)
                problems << u"plural forms: "_s + where;
        }
        INFO(problems.join(u'\n').toStdString());
        CHECK(problems.isEmpty());
    }
    // Every full translation carries every text (English holds plurals only).
    for (const QString &name : files) {
        if (name == u"spill_en.ts")
            continue;
        INFO(name.toStdString());
        CHECK(readTs(folder.filePath(name)).messages.size() == allMessages);
    }
}
