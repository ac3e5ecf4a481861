// Micro-benchmark: the cost of one fiber switch in the virtual engine (issue 3: at most
// 100 ns). A fiber yields back to the scheduler N times; each round trip is two switches
// (resume, yield). Prints ns per switch; exits 1 over the target. Timed in this thread's
// CPU time, so that other work on a shared machine does not count.
#include <time.h>

#include <cstdio>
#include <cstdlib>

#include "sim/engine/virtual/fiber.hpp"

int main(int argc, char** argv) {
    const long n = argc > 1 ? std::atol(argv[1]) : 5'000'000;
    long count = 0;
    bool stop = false;
    gs::Fiber f(512 * 1024, [&] {
        while (!stop) {
            count++;
            // (the scheduler's side of the switch is the resume() below)
            f.yield();
        }
    });
    f.resume();  // first entry: stack set-up, not timed
    auto cpu_ns = [] {
        timespec ts;
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1e9 + double(ts.tv_nsec);
    };
    double t0 = cpu_ns();
    for (long i = 0; i < n; i++) f.resume();
    double t1 = cpu_ns();
    stop = true;
    f.resume();
    double ns = (t1 - t0) / double(2 * n);
    std::printf("fiber switch: %.1f ns (%ld round trips; target <= 100 ns, ratio %.2f)\n", ns, count - 1,
                ns / 100.0);
    return ns <= 100.0 ? 0 : 1;
}
