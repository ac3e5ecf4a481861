#include "sim/lang/disasm.hpp"

#include <fmt/format.h>

#include "sim/objects/format.hpp"
#include "sim/vm/runtime.hpp"

namespace gs {

namespace {

std::string const_repr(Interp& in, Value v) {
    if (is_kind(v, Kind::Code)) {
        Code* c = as<Code>(v);
        return fmt::format("<code object {}, line {}>", c->name->view(), c->firstlineno);
    }
    if (is_kind(v, Kind::Str)) return str_repr(as<Str>(v)->view());
    if (is_kind(v, Kind::Bytes)) return bytes_repr(as<Bytes>(v)->view());
    if (v.is_none()) return "None";
    if (v.tag == Tag::Bool) return v.i ? "True" : "False";
    if (v.tag == Tag::Int) return int_repr(v.i);
    if (v.tag == Tag::Float) return float_repr(v.f);
    if (is_kind(v, Kind::Tuple)) {
        Tuple* t = as<Tuple>(v);
        std::string s = "(";
        for (uint32_t i = 0; i < t->n; i++) {
            if (i) s += ", ";
            s += const_repr(in, t->items()[i]);
        }
        if (t->n == 1) s += ",";
        return s + ")";
    }
    return std::string(type_name(in, v));
}

}  // namespace

std::string operand_meaning(Interp& in, Code* code, uint32_t pc) {
    uint32_t w = code->code[pc];
    Opcode op = base_opcode(op_of(w));
    uint32_t arg = arg_of(w);
    switch (op_info(op).arg) {
        case ArgKind::None:
        case ArgKind::Count: return "";
        case ArgKind::Const: return const_repr(in, code->consts[arg]);
        case ArgKind::Local:
        case ArgKind::Cell: return std::string(code->slot_name(int(arg))->view());
        case ArgKind::Name: return std::string(code->names[arg]->view());
        case ArgKind::Global:
        case ArgKind::Attr: return std::string(code->caches[arg].name->view());
        case ArgKind::BinOp: return binop_symbol(int(arg));
        case ArgKind::Cmp: return cmp_symbol(CmpKind(arg));
        case ArgKind::Invert:
            if (op == Opcode::IS_OP) return arg ? "is not" : "is";
            return arg ? "not in" : "in";
        case ArgKind::Jump: return fmt::format("to {}", arg);
        case ArgKind::Format: {
            static const char* conv[] = {"", "str", "repr", "ascii"};
            std::string s = conv[arg & 3];
            if (arg & 4) s += s.empty() ? "with format" : ", with format";
            if (arg & 8) s += "int kept";  // BUILD_STRING formats an int piece itself
            return s;
        }
        case ArgKind::Unpack: return fmt::format("{} before, {} after", arg & 0xff, arg >> 8);
        case ArgKind::CallEx: return arg & 1 ? "with kwargs" : "";
        case ArgKind::MakeFn: {
            std::string s;
            auto add = [&](const char* x) { s += s.empty() ? x : std::string(", ") + x; };
            if (arg & 1) add("defaults");
            if (arg & 2) add("kwdefaults");
            if (arg & 8) add("closure");
            return s;
        }
    }
    return "";
}

std::vector<DisRow> disassembly_rows(Interp& in, Code* code) {
    std::vector<DisRow> rows;
    std::vector<bool> target(code->code.size() + 1, false);
    for (uint32_t w : code->code)
        if (op_info(op_of(w)).arg == ArgKind::Jump && arg_of(w) < target.size()) target[arg_of(w)] = true;
    for (const ExcEntry& e : code->exc_table) target[e.target] = true;
    int last_line = -1;
    for (uint32_t pc = 0; pc < code->code.size(); pc++) {
        uint32_t w = code->code[pc];
        Opcode op = base_opcode(op_of(w));  // dis shows the code as compiled, not specialized
        DisRow r;
        r.pc = pc;
        r.line = code->locs[pc].line;
        r.starts_line = r.line != last_line && r.line > 0;
        if (r.starts_line) last_line = r.line;
        r.target = target[pc];
        r.name = op_info(op).name;
        if (op_info(op).arg != ArgKind::None) {
            r.has_arg = true;
            r.arg = arg_of(w);
            r.meaning = operand_meaning(in, code, pc);
        }
        rows.push_back(std::move(r));
    }
    return rows;
}

std::string disassemble(Interp& in, Code* code) {
    std::string out;
    for (const DisRow& r : disassembly_rows(in, code)) {
        if (r.starts_line && r.pc > 0) out += "\n";
        std::string lineno = r.starts_line ? fmt::format("{:>3}", r.line) : "   ";
        std::string row = fmt::format("{}        {} {:>4} {:<20}", lineno, r.target ? ">>" : "  ", r.pc, r.name);
        if (r.has_arg) {
            row += fmt::format(" {:>4}", r.arg);
            if (!r.meaning.empty()) row += " (" + r.meaning + ")";
        }
        while (!row.empty() && row.back() == ' ') row.pop_back();
        out += row + "\n";
    }
    if (!code->exc_table.empty()) {
        out += "ExceptionTable:\n";
        for (const ExcEntry& e : code->exc_table)
            out += fmt::format("  {} to {} -> {} [{}]\n", e.start, e.end - 1, e.target, e.depth);
    }
    for (Value v : code->consts)
        if (is_kind(v, Kind::Code)) {
            Code* c = as<Code>(v);
            out += fmt::format("\nDisassembly of <code object {} at line {}>:\n", c->qualname->view(), c->firstlineno);
            out += disassemble(in, c);
        }
    return out;
}

}  // namespace gs
