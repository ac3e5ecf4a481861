#include "gui/program_code.hpp"

#include <fmt/format.h>

#include "sim/lang/code_index.hpp"
#include "sim/lang/compiler.hpp"
#include "sim/vm/interp.hpp"

namespace gs::gui {

namespace {

// Compiling needs an interpreter (code objects live on its heap) but runs no code.
struct SilentHost : Host {
    void write(Thread&, int, std::string_view) override {}
    int64_t now_ns(Thread&) override { return 0; }
};

}  // namespace

ProgramCode::ProgramCode(SourceRef src) : src_(std::move(src)), host_(std::make_unique<SilentHost>()) {
    in_ = std::make_unique<Interp>(*host_);
    thread_ = std::make_unique<Thread>(*in_, "MainThread");
    if (!src_) return;
    CompileResult cr = compile_source(*in_, src_);
    if (Code** c = std::get_if<Code*>(&cr)) root_ = *c;
}

ProgramCode::~ProgramCode() = default;

Code* ProgramCode::code_at(uint32_t pos) const {
    CodePos p = decode_code_pos(pos);
    if (!p.known || !root_) return nullptr;
    Code* c = code_by_index(root_, p.code);
    return c && p.pc < c->code.size() ? c : nullptr;
}

int ProgramCode::line_at(uint32_t pos) const {
    Code* c = code_at(pos);
    return c ? c->locs[decode_code_pos(pos).pc].line : 0;
}

std::string ProgramCode::title(const Code* c) const {
    if (!c) return "";
    if (c == root_) return "<module>";
    return fmt::format("{} (line {})", c->qualname->view(), c->firstlineno);
}

const std::vector<DisRow>& ProgramCode::rows(Code* c) {
    auto it = rows_.find(c);
    if (it == rows_.end()) it = rows_.emplace(c, disassembly_rows(*in_, c)).first;
    return it->second;
}

std::vector<ThreadPlace> places_at(const TimelineModel& m, Nanos t) {
    std::vector<ThreadPlace> out;
    for (const ThreadLane& l : m.threads) {
        if (l.spans.empty() || t < l.spans.front().start) continue;
        if (l.finished && t >= l.spans.back().end) continue;
        const Span* sp = TimelineModel::at(l.spans, t);
        if (!sp) sp = &l.spans.back();  // an open lane: its last span goes on
        out.push_back({l.id, ThreadState(sp->code), sp->who});
    }
    return out;
}

}  // namespace gs::gui
