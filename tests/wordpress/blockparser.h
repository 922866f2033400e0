// SPDX-License-Identifier: GPL-3.0-or-later
// Post content as WordPress's own parser reads it (parse-blocks.php, which
// runs class-wp-block-parser.php from the wordpress package with php).
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStringList>

#include <catch2/catch.hpp>

namespace Spill::Test {

// Every block found, depth first: name (null for text outside any block),
// attrs, depth and html.
inline QJsonArray parsedBlocks(const QString &content)
{
    QProcess php;
    php.start(QStringLiteral("php"),
              {QStringLiteral(SPILL_WORDPRESS_TESTS_DIR "/parse-blocks.php")});
    REQUIRE(php.waitForStarted(10000));
    php.write(content.toUtf8());
    php.closeWriteChannel();
    REQUIRE(php.waitForFinished(30000));
    INFO(QString::fromUtf8(php.readAllStandardError()).toStdString());
    REQUIRE(php.exitCode() == 0);
    const QJsonDocument json = QJsonDocument::fromJson(php.readAllStandardOutput());
    REQUIRE(json.isArray());
    return json.array();
}

// Text outside any block: what the editor would show as a "Classic" block.
inline void checkEveryPartIsABlock(const QJsonArray &blocks)
{
    for (const QJsonValue &block : blocks) {
        if (block[u"name"].isNull()) {
            INFO(block[u"html"].toString().toStdString());
            CHECK(block[u"html"].toString().trimmed().isEmpty());
        }
    }
}

// The names of the blocks found, in order.
inline QStringList blockNames(const QJsonArray &blocks)
{
    QStringList out;
    for (const QJsonValue &block : blocks) {
        if (!block[u"name"].isNull())
            out.append(block[u"name"].toString());
    }
    return out;
}

} // namespace Spill::Test
