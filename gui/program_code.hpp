// The program's code objects, compiled by the GUI itself for the source and bytecode
// views. The trace says where each thread was at each state change as a code index and
// an instruction (trace.hpp, encode_code_pos); the compiler numbers code objects the same
// way every time (sim/lang/code_index.hpp), so the GUI finds the same instruction without
// the trace carrying any code.
#pragma once
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "gui/model.hpp"
#include "sim/core/source.hpp"
#include "sim/lang/disasm.hpp"

namespace gs {
struct Interp;
struct Thread;
struct Host;
}  // namespace gs

namespace gs::gui {

class ProgramCode {
public:
    explicit ProgramCode(SourceRef src);
    ~ProgramCode();
    ProgramCode(const ProgramCode&) = delete;
    ProgramCode& operator=(const ProgramCode&) = delete;

    const SourceRef& source() const { return src_; }
    bool ok() const { return root_ != nullptr; }     // false: the program does not compile
    Code* code_at(uint32_t pos) const;                // pos: encode_code_pos; null if unknown
    int line_at(uint32_t pos) const;                  // 0 if unknown
    std::string title(const Code* c) const;           // "count (line 3)", "<module>"
    const std::vector<DisRow>& rows(Code* c);         // its disassembly, made once

private:
    SourceRef src_;
    std::unique_ptr<Host> host_;
    std::unique_ptr<Interp> in_;
    std::unique_ptr<Thread> thread_;
    Code* root_ = nullptr;
    std::map<const Code*, std::vector<DisRow>> rows_;
};

// Where one thread was at a moment: its state and its place in the program.
struct ThreadPlace {
    uint32_t thread = 0;
    ThreadState state = ThreadState::Created;
    uint32_t pos = 0;    // encode_code_pos (0: not known)
};

// Every thread of the run alive at `t` (created, not yet done), in lane order.
std::vector<ThreadPlace> places_at(const TimelineModel& m, Nanos t);

}  // namespace gs::gui
