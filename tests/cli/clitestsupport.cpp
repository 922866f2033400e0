// SPDX-License-Identifier: GPL-3.0-or-later
#include "clitestsupport.h"

#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace Spill::Test {

QStringList SpillRun::outLines() const
{
    return out.split(u'\n', Qt::SkipEmptyParts);
}

SpillRun runSpill(const QStringList &arguments, const QString &lang)
{
    return runSpillThrough({}, arguments, lang);
}

SpillRun runSpillThrough(const QStringList &wrapper, const QStringList &arguments,
                         const QString &lang)
{
    // The child's home: nothing the creator has is read or written.
    static QTemporaryDir home;
    REQUIRE(home.isValid());

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "NO_COLOR"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), lang);
    env.insert(QStringLiteral("LANGUAGE"), lang);
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    // Under LeakSanitizer: its tracer can crash at the child's exit on a
    // thread's dynamic TLS vector that glibc has since grown (loading a
    // module with thread-local storage), and then the child dies with no
    // report. The child's TLS is not scanned; what only TLS holds is listed
    // in tests/lsan.supp.
    if (env.contains(QStringLiteral("LSAN_OPTIONS")))
        env.insert(QStringLiteral("LSAN_OPTIONS"),
                   env.value(QStringLiteral("LSAN_OPTIONS")) + QStringLiteral(":use_tls=0"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));

    QProcess process;
    process.setProcessEnvironment(env);
    const QStringList command = wrapper + QStringList {QStringLiteral(SPILL_EXECUTABLE)};
    process.start(command.first(), command.mid(1) + arguments);
    REQUIRE(process.waitForFinished(120000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    INFO("spill " << arguments.join(u' ').toStdString() << " crashed:\n" << err.toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), out, err};
}

SpillRun runSpillOn(const QString &library, const QString &command, const QStringList &arguments)
{
    return runSpill(QStringList {QStringLiteral("--library"), library, command} + arguments);
}

QString samplePath(const QString &relative)
{
    return QDir(QStringLiteral(SPILL_SAMPLES_DIR)).filePath(relative);
}

void copyFileTo(const QString &from, const QString &to)
{
    REQUIRE(QDir().mkpath(QFileInfo(to).absolutePath()));
    QFile::remove(to);
    INFO(from.toStdString() << " -> " << to.toStdString());
    REQUIRE(QFile::copy(from, to));
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    INFO(path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QMap<QString, QByteArray> filesUnder(const QString &dir)
{
    QMap<QString, QByteArray> files;
    const QDir root(dir);
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(root.relativeFilePath(path), readBytes(path));
    }
    return files;
}

} // namespace Spill::Test
