// Expressions, assignment targets and calls (the code objects nested in them are in
// compile_defs.cpp).
#include "sim/lang/compiler_internal.hpp"
#include "sim/objects/container_util.hpp"
#include "sim/vm/runtime.hpp"

namespace gs::comp {

using namespace ast;

namespace {

BinOpKind binop_of(Op op) {
    switch (op) {
        case Op::Add: return BinOpKind::Add;
        case Op::Sub: return BinOpKind::Sub;
        case Op::Mult: return BinOpKind::Mul;
        case Op::MatMult: return BinOpKind::MatMul;
        case Op::Div: return BinOpKind::TrueDiv;
        case Op::Mod: return BinOpKind::Mod;
        case Op::Pow: return BinOpKind::Pow;
        case Op::LShift: return BinOpKind::LShift;
        case Op::RShift: return BinOpKind::RShift;
        case Op::BitOr: return BinOpKind::Or;
        case Op::BitXor: return BinOpKind::Xor;
        case Op::BitAnd: return BinOpKind::And;
        case Op::FloorDiv: return BinOpKind::FloorDiv;
    }
    return BinOpKind::Add;
}

// A comparison operator as an instruction: COMPARE_OP, IS_OP or CONTAINS_OP.
std::pair<Opcode, uint32_t> cmp_instr(CmpOp op) {
    switch (op) {
        case CmpOp::Eq: return {Opcode::COMPARE_OP, uint32_t(CmpKind::Eq)};
        case CmpOp::NotEq: return {Opcode::COMPARE_OP, uint32_t(CmpKind::Ne)};
        case CmpOp::Lt: return {Opcode::COMPARE_OP, uint32_t(CmpKind::Lt)};
        case CmpOp::LtE: return {Opcode::COMPARE_OP, uint32_t(CmpKind::Le)};
        case CmpOp::Gt: return {Opcode::COMPARE_OP, uint32_t(CmpKind::Gt)};
        case CmpOp::GtE: return {Opcode::COMPARE_OP, uint32_t(CmpKind::Ge)};
        case CmpOp::Is: return {Opcode::IS_OP, 0};
        case CmpOp::IsNot: return {Opcode::IS_OP, 1};
        case CmpOp::In: return {Opcode::CONTAINS_OP, 0};
        case CmpOp::NotIn: return {Opcode::CONTAINS_OP, 1};
    }
    return {Opcode::COMPARE_OP, 0};
}

bool has_starred(const ExprList& elts) {
    for (Expr* e : elts)
        if (e->kind == ExprKind::Starred) return true;
    return false;
}

}  // namespace

void Compiler::expr(Expr* e) {
    if (failed()) return;
    if (++depth_guard_ > 400) {
        error("too many nested parentheses", e->loc);
        depth_guard_--;
        return;
    }
    const Loc& loc = e->loc;
    switch (e->kind) {
        case ExprKind::Name: load_name(static_cast<Name*>(e)->id, loc); break;
        case ExprKind::Constant: {
            auto* c = static_cast<Constant*>(e);
            int idx = 0;
            switch (c->ck) {
                case ConstKind::None: idx = const_none(); break;
                case ConstKind::True: idx = add_const(Value::boolean(true), "True"); break;
                case ConstKind::False: idx = add_const(Value::boolean(false), "False"); break;
                case ConstKind::Ellipsis: idx = add_const(in_.ellipsis, "..."); break;
                case ConstKind::Int: idx = add_const(Value::integer(c->i), "i:" + std::to_string(c->i)); break;
                case ConstKind::Float: {
                    char key[40];
                    std::snprintf(key, sizeof key, "f:%a", c->f);
                    idx = add_const(Value::flt(c->f), key);
                    break;
                }
                case ConstKind::Str: idx = const_str(c->s); break;
                case ConstKind::Bytes: idx = add_const(Value(new_bytes(in_, c->s)), "b:" + c->s); break;
            }
            a().emit(Opcode::LOAD_CONST, uint32_t(idx), loc);
            break;
        }
        case ExprKind::JoinedStr: fstring(static_cast<JoinedStr*>(e)); break;
        case ExprKind::FormattedValue: {
            auto* f = static_cast<FormattedValue*>(e);
            expr(f->value);
            uint32_t flags = f->conversion == 's' ? 1 : f->conversion == 'r' ? 2 : f->conversion == 'a' ? 3 : 0;
            if (f->format_spec) {
                expr(f->format_spec);
                flags |= 4;
            }
            a().emit(Opcode::FORMAT_VALUE, flags, loc);
            break;
        }
        case ExprKind::BinOp: {
            auto* b = static_cast<BinOp*>(e);
            expr(b->left);
            expr(b->right);
            CaretHint h{CaretHint::BinOp, b->left->loc.end_col, b->right->loc.col};
            if (b->left->loc.end_line != loc.line || b->right->loc.line != loc.line) h = {};
            a().emit(Opcode::BINARY_OP, uint32_t(binop_of(b->op)), loc, h);
            break;
        }
        case ExprKind::UnaryOp: {
            auto* un = static_cast<UnaryOp*>(e);
            // Fold negative numeric literals, as CPython does.
            if (un->op == UnaryOpKind::USub && un->operand->kind == ExprKind::Constant) {
                auto* c = static_cast<Constant*>(un->operand);
                if (c->ck == ConstKind::Int && c->i != INT64_MIN) {
                    a().emit(Opcode::LOAD_CONST, uint32_t(add_const(Value::integer(-c->i), "i:" + std::to_string(-c->i))), loc);
                    break;
                }
                if (c->ck == ConstKind::Float) {
                    char key[40];
                    std::snprintf(key, sizeof key, "f:%a", -c->f);
                    a().emit(Opcode::LOAD_CONST, uint32_t(add_const(Value::flt(-c->f), key)), loc);
                    break;
                }
            }
            expr(un->operand);
            Opcode op = un->op == UnaryOpKind::Not ? Opcode::UNARY_NOT
                      : un->op == UnaryOpKind::USub ? Opcode::UNARY_NEGATIVE
                      : un->op == UnaryOpKind::UAdd ? Opcode::UNARY_POSITIVE : Opcode::UNARY_INVERT;
            a().emit(op, 0, loc);
            break;
        }
        case ExprKind::BoolOp: {
            auto* b = static_cast<BoolOp*>(e);
            Label end = a().new_label();
            Opcode j = b->op == BoolOpKind::And ? Opcode::JUMP_IF_FALSE_OR_POP : Opcode::JUMP_IF_TRUE_OR_POP;
            for (size_t i = 0; i < b->values.size(); i++) {
                expr(b->values[i]);
                if (i + 1 < b->values.size()) a().emit_jump(j, end, b->values[i]->loc);
            }
            a().bind(end);
            break;
        }
        case ExprKind::Compare: {
            auto* c = static_cast<Compare*>(e);
            expr(c->left);
            size_t n = c->ops.size();
            if (n == 1) {
                expr(c->comparators[0]);
                auto [op, arg] = cmp_instr(c->ops[0]);
                a().emit(op, arg, loc);
                break;
            }
            Label cleanup = a().new_label(), end = a().new_label();
            for (size_t i = 0; i < n; i++) {
                expr(c->comparators[i]);
                auto [op, arg] = cmp_instr(c->ops[i]);
                if (i + 1 < n) {
                    a().emit(Opcode::SWAP, 2, loc);
                    a().emit(Opcode::COPY, 2, loc);
                    a().emit(op, arg, loc);
                    a().emit_jump(Opcode::JUMP_IF_FALSE_OR_POP, cleanup, loc);
                } else {
                    a().emit(op, arg, loc);
                }
            }
            a().emit_jump(Opcode::JUMP_FORWARD, end, loc);
            a().bind(cleanup);
            a().emit(Opcode::SWAP, 2, loc);
            a().emit(Opcode::POP_TOP, 0, loc);
            a().bind(end);
            break;
        }
        case ExprKind::Call: call(static_cast<Call*>(e)); break;
        case ExprKind::Attribute: {
            auto* at = static_cast<Attribute*>(e);
            expr(at->value);
            a().emit(Opcode::LOAD_ATTR, uint32_t(cache_idx(at->attr)), loc);
            break;
        }
        case ExprKind::Subscript: {
            auto* s = static_cast<Subscript*>(e);
            expr(s->value);
            expr(s->slice);
            CaretHint h{CaretHint::Subscript, s->value->loc.end_col, s->slice->loc.end_col};
            if (s->value->loc.end_line != loc.line || s->slice->loc.end_line != loc.line) h = {};
            a().emit(Opcode::BINARY_SUBSCR, 0, loc, h);
            break;
        }
        case ExprKind::Slice: {
            auto* s = static_cast<ast::Slice*>(e);
            for (Expr* part : {s->lower, s->upper}) {
                if (part) expr(part);
                else a().emit(Opcode::LOAD_CONST, uint32_t(const_none()), loc);
            }
            if (s->step) expr(s->step);
            a().emit(Opcode::BUILD_SLICE, s->step ? 3 : 2, loc);
            break;
        }
        case ExprKind::List: sequence(static_cast<ast::List*>(e)->elts, Opcode::BUILD_LIST, loc); break;
        case ExprKind::Tuple: sequence(static_cast<ast::Tuple*>(e)->elts, Opcode::BUILD_TUPLE, loc); break;
        case ExprKind::Set: sequence(static_cast<ast::Set*>(e)->elts, Opcode::BUILD_SET, loc); break;
        case ExprKind::Dict: {
            auto* d = static_cast<ast::Dict*>(e);
            size_t pending = 0;
            bool built = false;
            for (size_t i = 0; i < d->values.size(); i++) {
                if (d->keys[i]) {
                    expr(d->keys[i]);
                    expr(d->values[i]);
                    pending++;
                    continue;
                }
                if (pending || !built) {
                    a().emit(Opcode::BUILD_MAP, uint32_t(pending), loc);
                    if (built) a().emit(Opcode::DICT_UPDATE, 1, loc);
                    built = true;
                    pending = 0;
                }
                expr(d->values[i]);
                a().emit(Opcode::DICT_UPDATE, 1, loc);
            }
            if (pending || !built) {
                a().emit(Opcode::BUILD_MAP, uint32_t(pending), loc);
                if (built) a().emit(Opcode::DICT_UPDATE, 1, loc);
            }
            break;
        }
        case ExprKind::ListComp:
        case ExprKind::SetComp:
        case ExprKind::DictComp:
        case ExprKind::GeneratorExp: comprehension(e); break;
        case ExprKind::Lambda: {
            auto* l = static_cast<Lambda*>(e);
            int flags = 0;
            defaults_and_kwdefaults(l->args, &flags, loc);
            Scope* child = st_.scope_of(l);
            Code* code = compile_function_body(l, "<lambda>", &l->args, nullptr, l->body, false, loc.line);
            if (!code) break;
            make_closure(code, child, flags, loc);
            break;
        }
        case ExprKind::IfExp: {
            auto* i = static_cast<IfExp*>(e);
            Label els = a().new_label(), end = a().new_label();
            jump_if(i->test, els, false);
            expr(i->body);
            a().emit_jump(Opcode::JUMP_FORWARD, end, loc);
            a().bind(els);
            expr(i->orelse);
            a().bind(end);
            break;
        }
        case ExprKind::Starred: error("can't use starred expression here", loc); break;
        case ExprKind::NamedExpr: {
            auto* n = static_cast<NamedExpr*>(e);
            expr(n->value);
            a().emit(Opcode::COPY, 1, loc);
            store_name(static_cast<Name*>(n->target)->id, n->target->loc);
            break;
        }
        case ExprKind::Yield:
        case ExprKind::YieldFrom:
        case ExprKind::Await: yield_expr(e); break;
    }
    depth_guard_--;
}

// The value of a constant expression (for folding displays of constants), or Null.
Value Compiler::const_value(Expr* e, std::string* key) {
    if (e->kind != ExprKind::Constant) return Value::null();
    auto* c = static_cast<Constant*>(e);
    char buf[48];
    switch (c->ck) {
        case ConstKind::None: *key += "N,"; return Value::none();
        case ConstKind::True: *key += "T,"; return Value::boolean(true);
        case ConstKind::False: *key += "F,"; return Value::boolean(false);
        case ConstKind::Ellipsis: *key += "E,"; return in_.ellipsis;
        case ConstKind::Int: *key += "i" + std::to_string(c->i) + ","; return Value::integer(c->i);
        case ConstKind::Float:
            std::snprintf(buf, sizeof buf, "f%a,", c->f);
            *key += buf;
            return Value::flt(c->f);
        case ConstKind::Str: *key += "s" + std::to_string(c->s.size()) + ":" + c->s + ","; return Value(str(c->s));
        case ConstKind::Bytes:
            *key += "b" + std::to_string(c->s.size()) + ":" + c->s + ",";
            return Value(new_bytes(in_, c->s));
    }
    return Value::null();
}

// A list, tuple or set display; starred items are spliced in through a list. Displays
// of three or more constants use a constant, as CPython 3.11 compiles them (for sets this
// decides the printed order: the display copies a frozenset constant's hash table).
void Compiler::sequence(const ExprList& elts, Opcode build, const Loc& loc) {
    if (!has_starred(elts)) {
        std::vector<Value> consts;
        std::string key = build == Opcode::BUILD_SET ? "fs:" : "t:";
        bool all_const = true;
        for (Expr* x : elts) {
            Value v = const_value(x, &key);
            if (v.is_null()) {
                all_const = false;
                break;
            }
            consts.push_back(v);
        }
        bool fold = all_const && (build == Opcode::BUILD_TUPLE ? !elts.empty() : elts.size() > 2);
        if (!fold) {
            for (Expr* x : elts) expr(x);
            a().emit(build, uint32_t(elts.size()), loc);
            return;
        }
        Value folded;
        if (build == Opcode::BUILD_SET) {
            Thread tmp(in_, "compiler");  // hashing constants runs no Python code
            gs::Set* fs = set_display_constant(tmp, consts.data(), uint32_t(consts.size()));
            if (!fs) {
                error("unhashable constant in a set display", loc);
                return;
            }
            folded = Value(fs);
        } else {
            folded = Value(new_tuple(in_, consts.data(), uint32_t(consts.size())));
        }
        int idx = add_const(folded, key);
        if (build == Opcode::BUILD_TUPLE) {
            a().emit(Opcode::LOAD_CONST, uint32_t(idx), loc);
        } else {
            a().emit(build, 0, loc);
            a().emit(Opcode::LOAD_CONST, uint32_t(idx), loc);
            a().emit(build == Opcode::BUILD_SET ? Opcode::SET_UPDATE : Opcode::LIST_EXTEND, 1, loc);
        }
        return;
    }
    bool built = false;
    size_t pending = 0;
    Opcode extend = build == Opcode::BUILD_SET ? Opcode::SET_UPDATE : Opcode::LIST_EXTEND;
    Opcode base = build == Opcode::BUILD_SET ? Opcode::BUILD_SET : Opcode::BUILD_LIST;
    for (Expr* x : elts) {
        if (x->kind == ExprKind::Starred) {
            if (!built) {
                a().emit(base, uint32_t(pending), loc);  // the items so far, then splice
                built = true;
            }
            expr(static_cast<Starred*>(x)->value);
            a().emit(extend, 1, loc);
        } else {
            expr(x);
            if (built) a().emit(build == Opcode::BUILD_SET ? Opcode::SET_ADD : Opcode::LIST_APPEND, 1, loc);
            else pending++;
        }
    }
    if (build == Opcode::BUILD_TUPLE) a().emit(Opcode::LIST_TO_TUPLE, 0, loc);
}

void Compiler::fstring(JoinedStr* j) {
    size_t n = 0;
    for (Expr* v : j->values) {
        auto* f = v->kind == ExprKind::FormattedValue ? static_cast<FormattedValue*>(v) : nullptr;
        if (f && !f->format_spec && !f->conversion && j->values.size() > 1) {
            // A plain {x} among other pieces: BUILD_STRING formats an int itself, so
            // FORMAT_VALUE may leave it unconverted (flag 8) and no temporary str is made.
            expr(f->value);
            a().emit(Opcode::FORMAT_VALUE, 8, v->loc);
        } else {
            expr(v);
        }
        n++;
    }
    if (n == 0) a().emit(Opcode::LOAD_CONST, uint32_t(const_str("")), j->loc);
    else if (n > 1 || j->values[0]->kind != ExprKind::FormattedValue) {
        if (n > 1) a().emit(Opcode::BUILD_STRING, uint32_t(n), j->loc);
    }
}

// Compiles a condition for a jump: jumps to target when the condition's truth equals
// cond. and/or/not and comparisons jump directly instead of building a bool.
void Compiler::jump_if(Expr* e, Label target, bool cond) {
    if (e->kind == ExprKind::UnaryOp && static_cast<UnaryOp*>(e)->op == UnaryOpKind::Not) {
        jump_if(static_cast<UnaryOp*>(e)->operand, target, !cond);
        return;
    }
    if (e->kind == ExprKind::BoolOp) {
        auto* b = static_cast<BoolOp*>(e);
        bool is_or = b->op == BoolOpKind::Or;
        Label next = a().new_label();
        // `a or b` jumping when true: each true operand jumps to target.
        // `a or b` jumping when false: a true operand skips to next (fall through).
        Label dest = (is_or == cond) ? target : next;
        for (size_t i = 0; i + 1 < b->values.size(); i++) jump_if(b->values[i], dest, is_or);
        jump_if(b->values.back(), target, cond);
        a().bind(next);
        return;
    }
    if (e->kind == ExprKind::IfExp) {
        auto* i = static_cast<IfExp*>(e);
        Label els = a().new_label(), end = a().new_label();
        jump_if(i->test, els, false);
        jump_if(i->body, target, cond);
        a().emit_jump(Opcode::JUMP_FORWARD, end, e->loc);
        a().bind(els);
        jump_if(i->orelse, target, cond);
        a().bind(end);
        return;
    }
    if (e->kind == ExprKind::Compare && static_cast<Compare*>(e)->ops.size() > 1) {
        auto* c = static_cast<Compare*>(e);
        expr(c->left);
        Label cleanup = a().new_label(), end = a().new_label();
        size_t n = c->ops.size();
        for (size_t i = 0; i + 1 < n; i++) {
            expr(c->comparators[i]);
            auto [op, arg] = cmp_instr(c->ops[i]);
            a().emit(Opcode::SWAP, 2, e->loc);
            a().emit(Opcode::COPY, 2, e->loc);
            a().emit(op, arg, e->loc);
            a().emit_jump(Opcode::POP_JUMP_IF_FALSE, cleanup, e->loc);
        }
        expr(c->comparators[n - 1]);
        auto [op, arg] = cmp_instr(c->ops[n - 1]);
        a().emit(op, arg, e->loc);
        a().emit_jump(cond ? Opcode::POP_JUMP_IF_TRUE : Opcode::POP_JUMP_IF_FALSE, target, e->loc);
        a().emit_jump(Opcode::JUMP_FORWARD, end, e->loc);
        a().bind(cleanup);
        a().emit(Opcode::POP_TOP, 0, e->loc);
        if (!cond) a().emit_jump(Opcode::JUMP_FORWARD, target, e->loc);
        a().bind(end);
        return;
    }
    expr(e);
    a().emit_jump(cond ? Opcode::POP_JUMP_IF_TRUE : Opcode::POP_JUMP_IF_FALSE, target, e->loc);
}

void Compiler::store(Expr* t) {
    const Loc& loc = t->loc;
    switch (t->kind) {
        case ExprKind::Name: store_name(static_cast<Name*>(t)->id, loc); break;
        case ExprKind::Attribute: {
            auto* at = static_cast<Attribute*>(t);
            expr(at->value);
            a().emit(Opcode::STORE_ATTR, uint32_t(cache_idx(at->attr)), loc);
            break;
        }
        case ExprKind::Subscript: {
            auto* s = static_cast<Subscript*>(t);
            expr(s->value);
            expr(s->slice);
            a().emit(Opcode::STORE_SUBSCR, 0, loc);
            break;
        }
        case ExprKind::Tuple:
        case ExprKind::List: {
            const ExprList& elts =
                t->kind == ExprKind::Tuple ? static_cast<ast::Tuple*>(t)->elts : static_cast<ast::List*>(t)->elts;
            int star = -1;
            for (size_t i = 0; i < elts.size(); i++)
                if (elts[i]->kind == ExprKind::Starred) {
                    if (star >= 0) {
                        error("multiple starred expressions in assignment", loc);
                        return;
                    }
                    star = int(i);
                }
            if (star < 0) {
                a().emit(Opcode::UNPACK_SEQUENCE, uint32_t(elts.size()), loc);
                for (Expr* x : elts) store(x);
            } else {
                uint32_t before = uint32_t(star), after = uint32_t(elts.size()) - before - 1;
                if (before > 255 || after > 255) {
                    error("too many expressions in star-unpacking assignment", loc);
                    return;
                }
                a().emit(Opcode::UNPACK_EX, before | (after << 8), loc);
                for (Expr* x : elts) store(x->kind == ExprKind::Starred ? static_cast<Starred*>(x)->value : x);
            }
            break;
        }
        case ExprKind::Starred: error("starred assignment target must be in a list or tuple", loc); break;
        default: error("cannot assign to expression", loc); break;
    }
}

void Compiler::del(Expr* t) {
    const Loc& loc = t->loc;
    switch (t->kind) {
        case ExprKind::Name: delete_name(static_cast<Name*>(t)->id, loc); break;
        case ExprKind::Attribute: {
            auto* at = static_cast<Attribute*>(t);
            expr(at->value);
            a().emit(Opcode::DELETE_ATTR, uint32_t(name_idx(at->attr)), loc);
            break;
        }
        case ExprKind::Subscript: {
            auto* s = static_cast<Subscript*>(t);
            expr(s->value);
            expr(s->slice);
            a().emit(Opcode::DELETE_SUBSCR, 0, loc);
            break;
        }
        case ExprKind::Tuple:
            for (Expr* x : static_cast<ast::Tuple*>(t)->elts) del(x);
            break;
        case ExprKind::List:
            for (Expr* x : static_cast<ast::List*>(t)->elts) del(x);
            break;
        default: error("cannot delete expression", loc); break;
    }
}

void Compiler::call(Call* c) {
    const Loc& loc = c->loc;
    bool complex = has_starred(c->args);
    for (auto& k : c->keywords)
        if (k.arg.empty()) complex = true;
    if (!complex) {
        if (c->func->kind == ExprKind::Attribute) {
            auto* at = static_cast<Attribute*>(c->func);
            expr(at->value);
            a().emit(Opcode::LOAD_METHOD, uint32_t(cache_idx(at->attr)), at->loc);
        } else {
            expr(c->func);
            a().emit(Opcode::PUSH_NULL, 0, loc);
        }
        for (Expr* x : c->args) expr(x);
        for (auto& k : c->keywords) expr(k.value);
        uint32_t n = uint32_t(c->args.size() + c->keywords.size());
        if (!c->keywords.empty()) {
            std::vector<Value> names;
            std::string key = "kw:";
            for (auto& k : c->keywords) {
                names.push_back(Value(str(k.arg)));
                key += k.arg + ",";
            }
            int idx = add_const(Value(new_tuple(in_, names.data(), uint32_t(names.size()))), key);
            a().emit(Opcode::LOAD_CONST, uint32_t(idx), loc);
            a().emit(Opcode::CALL_KW, n, loc);
        } else {
            a().emit(Opcode::CALL, n, loc);
        }
        return;
    }
    expr(c->func);
    a().emit(Opcode::PUSH_NULL, 0, loc);
    // Positional arguments into a list (spliced), then a tuple.
    a().emit(Opcode::BUILD_LIST, 0, loc);
    for (Expr* x : c->args) {
        if (x->kind == ExprKind::Starred) {
            expr(static_cast<Starred*>(x)->value);
            a().emit(Opcode::LIST_EXTEND, 1, x->loc);
        } else {
            expr(x);
            a().emit(Opcode::LIST_APPEND, 1, x->loc);
        }
    }
    a().emit(Opcode::LIST_TO_TUPLE, 0, loc);
    if (c->keywords.empty()) {
        a().emit(Opcode::CALL_FUNCTION_EX, 0, loc);
        return;
    }
    a().emit(Opcode::BUILD_MAP, 0, loc);
    for (auto& k : c->keywords) {
        if (k.arg.empty()) {
            expr(k.value);
        } else {
            a().emit(Opcode::LOAD_CONST, uint32_t(const_str(k.arg)), k.loc);
            expr(k.value);
            a().emit(Opcode::BUILD_MAP, 1, k.loc);
        }
        a().emit(Opcode::DICT_MERGE, 1, k.loc);
    }
    a().emit(Opcode::CALL_FUNCTION_EX, 1, loc);
}

}  // namespace gs::comp
