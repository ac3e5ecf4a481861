// libFuzzer target over the front end: lexer, parser, scope analysis and compiler.
// Any input must produce either a code object or a SyntaxError value: no crash, no hang,
// no sanitizer report. Run with tools/fuzz (see docs/testing.md).
#include <cstddef>
#include <cstdint>
#include <string>

#include "sim/lang/compiler.hpp"
#include "sim/vm/interp.hpp"

namespace {

struct NullHost : gs::Host {
    void write(gs::Thread&, int, std::string_view) override {}
    int64_t now_ns(gs::Thread&) override { return 0; }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    NullHost host;
    gs::Interp in(host);
    auto src = std::make_shared<gs::Source>("/fuzz/input.py", std::string(reinterpret_cast<const char*>(data), size));
    gs::CompileResult r = gs::compile_source(in, src);
    if (auto* e = std::get_if<gs::UserError>(&r)) {
        std::string text = e->render();  // rendering must not crash either
        (void)text;
    }
    return 0;
}
