// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QSet>
#include <QString>

#include <functional>

class QIODevice;

namespace Spill {

// What a producer reports: nothing on success; else `error`, in its own
// words naming what it read, and `writeError` too when it was the device
// that would not take the bytes: only the reason (the errno's words), which
// the sink says with the name of the file it was writing.
struct Produced
{
    QString error;
    QString writeError;
};

// Writes a file's content into an open device (seekable unless the sink says
// otherwise).
using ExportProducer = std::function<Produced(QIODevice &out)>;

// The destination of an export: files addressed by relative paths using '/'.
// Every method returns an error text, empty on success.
class ExportSink
{
public:
    virtual ~ExportSink();
    virtual QString write(const QString &relativePath, const QByteArray &bytes) = 0;
    // Copies a file as-is (videos); the default reads it whole and calls write().
    virtual QString copyFile(const QString &relativePath, const QString &sourcePath);
    // Writes what `produce` makes (remuxed clips), which may be larger than
    // memory. The file appears only when `produce` succeeds. The default
    // collects it in memory and calls write().
    virtual QString writeWith(const QString &relativePath, const ExportProducer &produce);
    // Called once after a batch: makes everything durable. Default: nothing to do.
    virtual QString finish();
    // Whether every one of these paths may be written, before any is: the
    // reason one may not, or an empty string. With no paths, whether the
    // destination itself may be written to. Default: all may.
    virtual QString check(const QStringList &relativePaths);
};

// Keeps files in memory, for tests and for the live preview.
class MemorySink : public ExportSink
{
public:
    QString write(const QString &relativePath, const QByteArray &bytes) override;
    const QMap<QString, QByteArray> &files() const { return m_files; }

private:
    QMap<QString, QByteArray> m_files;
};

// Writes under one output folder. A file only ever appears complete (it is
// written aside and renamed into place). Paths that would leave the folder
// are refused, and so is overwriting a file that Spill did not write there:
// the folder keeps a list of Spill's files in ".spill-export", to which each
// file's path is appended before the file is written (a line is never
// rewritten, so a full disk cannot disown earlier exports). That list is
// only ever a regular file of the folder: a link, folder, pipe or device in
// its place refuses the export before anything is written. Nothing is ever
// deleted.
class DirectorySink : public ExportSink
{
public:
    enum class Durability {
        EachFile, // QSaveFile: every file is flushed to disk before it is renamed
        AtFinish, // files are renamed into place unsynced; finish() syncs them all at once
    };

    explicit DirectorySink(const QString &outputDir, Durability durability = Durability::EachFile);
    ~DirectorySink() override;

    QString write(const QString &relativePath, const QByteArray &bytes) override;
    QString copyFile(const QString &relativePath, const QString &sourcePath) override;
    QString writeWith(const QString &relativePath, const ExportProducer &produce) override;
    QString finish() override;
    QString check(const QStringList &relativePaths) override;

    QString outputDir() const { return m_root; }
    static QString manifestName();

private:
    // Refuses what may not be written; with `create`, makes the folders.
    QString prepare(const QString &relativePath, QString *absolutePath, bool create = true);
    QString record(const QString &relativePath);
    QString loadManifest();

    QString m_root;
    Durability m_durability;
    bool m_manifestLoaded = false;
    QSet<QString> m_ours; // relative paths Spill wrote here, now or before
    bool m_tornManifest = false; // the list ends in a line cut short
};

} // namespace Spill
