#include <cassert>

#include "sim/lang/compiler_internal.hpp"

namespace gs::comp {

Label Assembler::new_label() {
    pos_.push_back(-1);
    label_depth_.push_back(-1);
    return Label{int(pos_.size() - 1)};
}

void Assembler::bind(Label l) {
    pos_[size_t(l.id)] = int(code_.size());
    // Code after an unconditional jump is reached only through jumps to this label.
    if (depth_ < 0) depth_ = label_depth_[size_t(l.id)];
    else if (label_depth_[size_t(l.id)] < 0) label_depth_[size_t(l.id)] = depth_;
}

int Assembler::handler_index() {
    if (handlers_.empty()) return -1;
    const Handler& h = handlers_.back();
    for (size_t i = 0; i < all_handlers_.size(); i++)
        if (all_handlers_[i].target.id == h.target.id && all_handlers_[i].depth == h.depth) return int(i);
    all_handlers_.push_back(h);
    return int(all_handlers_.size() - 1);
}

static bool terminates(Opcode op) {
    return op == Opcode::JUMP_FORWARD || op == Opcode::JUMP_BACKWARD || op == Opcode::RETURN_VALUE ||
           op == Opcode::RAISE_VARARGS || op == Opcode::RERAISE;
}

void Assembler::emit(Opcode op, uint32_t arg, const Loc& loc, CaretHint hint) {
    if (depth_ < 0) depth_ = 0;  // unreachable code still gets emitted consistently
    code_.push_back(encode(op, arg));
    locs_.push_back(loc);
    hints_.push_back(hint);
    handler_of_.push_back(handler_index());
    depth_ += stack_effect(op, arg, false);
    if (depth_ > max_depth_) max_depth_ = depth_;
    if (terminates(op)) depth_ = -1;
}

void Assembler::emit_jump(Opcode op, Label target, const Loc& loc) {
    bool backward = bound(target);
    if (backward) {
        if (op == Opcode::JUMP_FORWARD) op = Opcode::JUMP_BACKWARD;
        else if (op == Opcode::POP_JUMP_IF_TRUE) op = Opcode::POP_JUMP_BACK_IF_TRUE;
        else if (op == Opcode::POP_JUMP_IF_FALSE) op = Opcode::POP_JUMP_BACK_IF_FALSE;
    }
    int before = depth_ < 0 ? 0 : depth_;
    int at_target = before + stack_effect(op, 0, true);
    if (at_target > max_depth_) max_depth_ = at_target;
    if (label_depth_[size_t(target.id)] < 0) label_depth_[size_t(target.id)] = at_target;
    fixups_.push_back({code_.size(), target.id});
    emit(op, 0, loc);
}

void Assembler::finish(Code* code) {
    for (const Pending& p : fixups_) {
        int target = pos_[size_t(p.label)];
        assert(target >= 0 && "jump to an unbound label");
        code_[p.at] = encode(op_of(code_[p.at]), uint32_t(target));
    }
    // Exception table: runs of instructions with the same handler.
    for (size_t i = 0; i < code_.size();) {
        int h = handler_of_[i];
        size_t j = i;
        while (j < code_.size() && handler_of_[j] == h) j++;
        if (h >= 0) {
            const Handler& hd = all_handlers_[size_t(h)];
            code->exc_table.push_back(
                {uint32_t(i), uint32_t(j), uint32_t(pos_[size_t(hd.target.id)]), uint32_t(hd.depth)});
        }
        i = j;
    }
    // A handler's entry pushes the exception on top of its depth.
    int maxd = max_depth_;
    for (const Handler& hd : all_handlers_) maxd = std::max(maxd, hd.depth + 1);
    code->stacksize = maxd + 2;
    std::vector<bool> is_target(code_.size() + 1, false);
    for (const Pending& p : fixups_) is_target[size_t(pos_[size_t(p.label)])] = true;
    for (const ExcEntry& e : code->exc_table) is_target[e.target] = true;
    specialize(code_, is_target);
    code->code = std::move(code_);
    code->locs = std::move(locs_);
    code->hints = std::move(hints_);
}

}  // namespace gs::comp
