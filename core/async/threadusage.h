// SPDX-License-Identifier: GPL-3.0-or-later
// What a thread has used so far, for traces that tell a thread's own work
// from its waiting.
#pragma once

#include <QtGlobal>

#include <sys/resource.h>

namespace Spill {

// The calling thread's CPU time, page faults and the times the system took
// its processor away, since it started. The difference of two readings is
// what the thread used between them: a span much longer on the clock than in
// CPU time waited for a disk, a lock or a processor.
struct ThreadUsage
{
    qint64 cpuUs = 0;
    long minorFaults = 0;
    long majorFaults = 0; // each waited for a disk to read a page
    long preempted = 0;

    static ThreadUsage now()
    {
        rusage usage {};
        getrusage(RUSAGE_THREAD, &usage);
        const auto us = [](const timeval &t) { return qint64(t.tv_sec) * 1000000 + t.tv_usec; };
        return {us(usage.ru_utime) + us(usage.ru_stime), usage.ru_minflt, usage.ru_majflt,
                usage.ru_nivcsw};
    }

    friend ThreadUsage operator-(const ThreadUsage &later, const ThreadUsage &earlier)
    {
        return {later.cpuUs - earlier.cpuUs, later.minorFaults - earlier.minorFaults,
                later.majorFaults - earlier.majorFaults, later.preempted - earlier.preempted};
    }
};

} // namespace Spill
