// SPDX-License-Identifier: GPL-3.0-or-later
// Measures start to visible main window for Spill and for a bare Qt window,
// the same way for both: spawn the program on an X display, wait for the X
// server to report its top-level window mapped, read the process's peak
// memory, then end it. Runs alternate so machine noise hits both alike.
//
// bench_startup --display :N --runs N --floor BARE_BINARY -- SPILL_BINARY [ARGS...]
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <poll.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>
#include <xcb/xcb.h>

namespace {

using Clock = std::chrono::steady_clock;

struct Sample
{
    double ms = 0;
    long peakKb = 0;
};

long peakMemoryKb(pid_t pid)
{
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0)
            return std::strtol(line.c_str() + 6, nullptr, 10);
    }
    return -1;
}

pid_t spawn(const std::vector<std::string> &command)
{
    const pid_t pid = fork();
    if (pid == 0) {
        std::vector<char *> argv;
        for (const std::string &arg : command)
            argv.push_back(const_cast<char *>(arg.c_str()));
        argv.push_back(nullptr);
        std::freopen("/dev/null", "w", stderr);
        execv(argv[0], argv.data());
        _exit(127);
    }
    return pid;
}

// Waits for the first non-override-redirect window to be mapped on the root.
bool waitForMap(xcb_connection_t *connection, int timeoutMs)
{
    const auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
    pollfd fd {xcb_get_file_descriptor(connection), POLLIN, 0};
    while (Clock::now() < deadline) {
        while (xcb_generic_event_t *event = xcb_poll_for_event(connection)) {
            const bool mapped = (event->response_type & ~0x80) == XCB_MAP_NOTIFY &&
                !reinterpret_cast<xcb_map_notify_event_t *>(event)->override_redirect;
            std::free(event);
            if (mapped)
                return true;
        }
        poll(&fd, 1, 5);
    }
    return false;
}

void drain(xcb_connection_t *connection)
{
    while (xcb_generic_event_t *event = xcb_poll_for_event(connection))
        std::free(event);
}

bool measure(xcb_connection_t *connection, const std::vector<std::string> &command, Sample &out)
{
    drain(connection);
    const auto start = Clock::now();
    const pid_t pid = spawn(command);
    const bool mapped = waitForMap(connection, 20000);
    out.ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    // Let the first paint finish before reading the high-water mark.
    usleep(300 * 1000);
    out.peakKb = peakMemoryKb(pid);
    kill(pid, SIGTERM);
    int status = 0;
    waitpid(pid, &status, 0);
    return mapped;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    int runs = 15;
    std::string floorBinary;
    std::vector<std::string> spill;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--runs" && i + 1 < argc)
            runs = std::atoi(argv[++i]);
        else if (arg == "--floor" && i + 1 < argc)
            floorBinary = argv[++i];
        else if (arg == "--") {
            spill.assign(argv + i + 1, argv + argc);
            break;
        }
    }
    if (floorBinary.empty() || spill.empty()) {
        std::fprintf(stderr,
                     "usage: bench_startup [--runs N] --floor BARE -- SPILL [ARGS...]\n"
                     "DISPLAY must name a running X server (e.g. Xvfb).\n");
        return 2;
    }

    xcb_connection_t *connection = xcb_connect(nullptr, nullptr);
    if (xcb_connection_has_error(connection)) {
        std::fprintf(stderr, "bench_startup: cannot connect to the X display\n");
        return 1;
    }
    xcb_screen_t *screen = xcb_setup_roots_iterator(xcb_get_setup(connection)).data;
    const uint32_t mask = XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY;
    xcb_change_window_attributes(connection, screen->root, XCB_CW_EVENT_MASK, &mask);
    xcb_flush(connection);

    std::vector<double> floorMs, spillMs;
    long floorPeak = 0, spillPeak = 0;
    // One unmeasured run of each warms the file cache.
    Sample warm;
    measure(connection, {floorBinary}, warm);
    measure(connection, spill, warm);
    for (int run = 0; run < runs; ++run) {
        Sample a, b;
        if (!measure(connection, {floorBinary}, a) || !measure(connection, spill, b)) {
            std::fprintf(stderr, "bench_startup: a window never appeared\n");
            return 1;
        }
        floorMs.push_back(a.ms);
        spillMs.push_back(b.ms);
        floorPeak = std::max(floorPeak, a.peakKb);
        spillPeak = std::max(spillPeak, b.peakKb);
    }
    xcb_disconnect(connection);

    const double f = median(floorMs), s = median(spillMs);
    std::printf("| program | median start to mapped window | peak memory |\n");
    std::printf("| --- | --- | --- |\n");
    std::printf("| bare QMainWindow + QTextEdit (floor) | %.1f ms | %.1f MB |\n", f,
                floorPeak / 1024.0);
    std::printf("| spill | %.1f ms | %.1f MB |\n", s, spillPeak / 1024.0);
    std::printf("\nratio spill / floor: %.2fx over %d alternating runs (budget: 1.5x, 80 MB)\n",
                s / f, runs);
    return 0;
}
