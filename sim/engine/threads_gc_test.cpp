// The collector runs while threads and processes run: a thread's target runs at native
// depth 0, like module code, so its garbage is collected (it once was not, and a thread
// allocating in a loop grew the heap without bound).
#include <catch2/catch.hpp>

#include "sim/modules/engine_testing.hpp"

using namespace gs;
using namespace gs::testing;

TEST_CASE("garbage made by threads and processes is collected", "[gc][threads]") {
    const char* src = R"py(
import threading, multiprocessing
def churn(k):
    total = 0
    for i in range(300_000):
        d = {"a": [i, i + 1], "b": str(i)}
        total += len(d["b"])
    print(k, total)
ts = [threading.Thread(target=churn, args=(k,)) for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
p = multiprocessing.Process(target=churn, args=(2,))
p.start()
p.join()
)py";
    // About 200 bytes a round: 300,000 rounds in each of three places need ~180 MB
    // without a collection; the limit is 32 MB.
    for (EngineKind e : {EngineKind::Virtual, EngineKind::Native}) {
        ProgramOptions o;
        o.engine = e;
        o.heap_limit = size_t(32) << 20;
        ProgramRun r = run_python(src, o);
        INFO(r.err);
        CHECK(r.exit_code == 0);
        CHECK(r.out.find("0 1688890\n") != std::string::npos);
        CHECK(r.out.find("2 1688890\n") != std::string::npos);
    }
}
