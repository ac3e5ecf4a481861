// The trace says where in the program each thread was at each state change (trace.hpp,
// encode_code_pos): the innermost frame of the program file's own code, on both engines,
// and in a child process (whose code objects are copies numbered like the parent's).
#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "sim/lang/code_index.hpp"
#include "sim/lang/compiler.hpp"
#include "sim/modules/engine_testing.hpp"
#include "sim/vm/interp.hpp"

using namespace gs;
using namespace gs::testing;

namespace {

const char* kProgram = R"py(import sim, threading, multiprocessing
def fetch():
    sim.io(0.3)  # still going when the main thread joins it, also on a slow native run
def nap():
    sim.io(0.03)
t = threading.Thread(target=fetch, name="fetcher")
t.start()
p = multiprocessing.Process(target=nap)
p.start()
t.join()
p.join()
)py";

struct SilentHost : Host {
    void write(Thread&, int, std::string_view) override {}
    int64_t now_ns(Thread&) override { return 0; }
};

// The lines of the State events of `state`, by thread name.
std::map<std::string, std::set<int>> lines(const Trace& trace, ThreadState state) {
    SilentHost host;
    Interp in(host);
    Thread main(in, "MainThread");
    CompileResult cr = compile_source(in, std::make_shared<Source>("/test/prog.py", kProgram));
    REQUIRE(std::holds_alternative<Code*>(cr));
    Code* root = std::get<Code*>(cr);
    std::vector<TraceThread> names = trace.threads();
    std::map<std::string, std::set<int>> out;
    for (size_t i = 0; i < trace.size(); i++) {
        const TraceEvent& e = trace[i];
        if (e.kind != EventKind::State || e.state() != state) continue;
        std::string name = names.at(e.thread).name;
        if (e.proc != 0) name = "child " + name;
        CodePos at = decode_code_pos(e.arg);
        Code* c = at.known ? code_by_index(root, at.code) : nullptr;
        out[name].insert(c && at.pc < c->locs.size() ? c->locs[at.pc].line : 0);
    }
    return out;
}

}  // namespace

TEST_CASE("trace: state changes carry the thread's line in the program", "[trace][places]") {
    for (EngineKind engine : {EngineKind::Virtual, EngineKind::Native}) {
        INFO((engine == EngineKind::Virtual ? "virtual" : "native"));
        Trace trace;
        ProgramOptions o;
        o.engine = engine;
        o.trace = &trace;
        ProgramRun r = run_python(kProgram, o);
        REQUIRE(r.exit_code == 0);
        auto io = lines(trace, ThreadState::Io);
        CHECK(io["fetcher"] == std::set<int>{3});           // sim.io inside fetch()
        CHECK(io["child MainThread"] == std::set<int>{5});  // the child process, inside nap()
        // t.start() waits for the thread to start, t.join() for it to end: the lines of
        // the calls, not of threading.py's frames inside them.
        auto blocked = lines(trace, ThreadState::Blocked);
        CHECK(blocked["MainThread"].count(7) == 1);
        CHECK(blocked["MainThread"].count(10) == 1);
        CHECK(blocked["MainThread"].count(0) == 0);
    }
}
