// SPDX-License-Identifier: GPL-3.0-or-later
#include "smalldisk.h"

#include <QFile>
#include <QProcess>

#include <cerrno>
#include <cstring>

namespace Spill::Test {

namespace {

QString run(const QString &program, const QStringList &arguments, bool *ok)
{
    QProcess process;
    process.start(program, arguments);
    *ok = process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit &&
        process.exitCode() == 0;
    return QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
}

constexpr char FillerName[] = ".filler";

} // namespace

SmallDisk::SmallDisk(int kibibytes)
{
    if (!m_dir.isValid()) {
        m_reason = QStringLiteral("no temporary folder");
        return;
    }
    bool ok = false;
    const QString error =
        run(QStringLiteral("mount"),
            {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
             QStringLiteral("size=%1k").arg(kibibytes), QStringLiteral("tmpfs"), m_dir.path()},
            &ok);
    m_mounted = ok;
    if (!ok)
        m_reason = QStringLiteral("mounting a tmpfs is not permitted here (%1)").arg(error);
}

SmallDisk::~SmallDisk()
{
    if (m_mounted) {
        bool ok = false;
        run(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir.path()}, &ok);
    }
}

bool SmallDisk::fill()
{
    QFile filler(filePath(QString::fromLatin1(FillerName)));
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    const QByteArray block(4096, 'x');
    for (int i = 0; i < 1024 * 1024; ++i) {
        if (filler.write(block) != block.size() || !filler.flush())
            return true;
    }
    return false;
}

void SmallDisk::makeRoom()
{
    QFile::remove(filePath(QString::fromLatin1(FillerName)));
}

QString noSpaceText()
{
    return QString::fromLocal8Bit(std::strerror(ENOSPC));
}

bool saysDiskIsFull(const QString &report)
{
    return report.contains(noSpaceText()) || report.contains(u"disk is full");
}

} // namespace Spill::Test
