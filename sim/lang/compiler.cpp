// The compiler driver and statements. Expressions are in compile_expr.cpp, the
// assembler in assembler.cpp, scope analysis in symtable.cpp.
#include <algorithm>
#include <cstring>

#include "sim/lang/code_index.hpp"
#include "sim/lang/compiler_internal.hpp"
#include "sim/lang/parser.hpp"
#include "sim/vm/runtime.hpp"

namespace gs {

using namespace ast;

namespace comp {

constexpr uint32_t CO_HAS_DOCSTRING = 0x100000;

Str* Compiler::str(std::string_view s) { return intern(in_, s); }

void Compiler::error(const std::string& msg, const Loc& loc) {
    if (!error_) error_ = UserError{"SyntaxError", msg, mod_.source, loc};
}

int Compiler::add_const(Value v, const std::string& key) {
    auto it = u().const_index.find(key);
    if (it != u().const_index.end()) return it->second;
    int i = int(u().code->consts.size());
    u().code->consts.push_back(v);
    u().const_index[key] = i;
    return i;
}

int Compiler::const_str(std::string_view s) {
    return add_const(Value(str(s)), "s:" + std::string(s));
}

int Compiler::const_none() { return add_const(Value::none(), "None"); }

int Compiler::name_idx(const std::string& n) {
    auto it = u().name_index.find(n);
    if (it != u().name_index.end()) return it->second;
    int i = int(u().code->names.size());
    u().code->names.push_back(str(n));
    u().name_index[n] = i;
    return i;
}

int Compiler::cache_idx(const std::string& n) {
    int i = int(u().code->caches.size());
    InlineCache c;
    c.name = str(n);
    u().code->caches.push_back(c);
    return i;
}

std::string Compiler::child_qualname(const std::string& name) const {
    if (!cur_ || cur_->is_module()) return name;
    if (cur_->is_class()) return cur_->qualname + "." + name;
    return cur_->qualname + ".<locals>." + name;
}

Unit* Compiler::enter_unit(Scope* scope, const std::string& qualname) {
    auto unit = std::make_unique<Unit>();
    unit->scope = scope;
    unit->qualname = qualname;
    Code* c = in_.heap.make<Code>(in_.types.code, 0);
    in_.extra_roots.push_back(Value(c));  // kept alive while compiling (no frame refers to it yet)
    c->source = mod_.source;
    c->name = str(scope->name);
    c->qualname = str(qualname);
    unit->code = c;
    // Locals: parameters first, then every other local in order of appearance.
    if (scope->is_function()) {
        auto add_local = [&](const std::string& n) {
            if (unit->local_index.count(n)) return;
            Resolution r = scope->resolve(n);
            if (r != Resolution::Local) return;
            unit->local_index[n] = int(c->varnames.size());
            c->varnames.push_back(str(n));
        };
        for (const std::string& p : scope->params) {
            // A captured parameter still occupies its argument slot.
            unit->local_index[p] = int(c->varnames.size());
            c->varnames.push_back(str(p));
        }
        for (const std::string& n : scope->order) add_local(n);
    }
    c->nlocals = int(c->varnames.size());
    int slot = c->nlocals;
    for (const std::string& n : scope->cellvars()) {
        c->cellvars.push_back(str(n));
        auto it = std::find(scope->params.begin(), scope->params.end(), n);
        c->cell2arg.push_back(it == scope->params.end() ? -1 : int(it - scope->params.begin()));
        unit->deref_index[n] = slot++;
    }
    for (const std::string& n : scope->freevars()) {
        c->freevars.push_back(str(n));
        unit->deref_index[n] = slot++;
    }
    units_.push_back(std::move(unit));
    cur_ = units_.back().get();
    return cur_;
}

Code* Compiler::leave_unit() {
    Unit* un = cur_;
    Code* c = un->code;
    un->a.finish(c);
    units_.pop_back();
    cur_ = units_.empty() ? nullptr : units_.back().get();
    return c;
}

// ---- names --------------------------------------------------------------------------

void Compiler::load_name(const std::string& n, const Loc& loc) {
    Scope* s = u().scope;
    Resolution r = s->resolve(n);
    if (u().is_class()) {
        if (r == Resolution::Free) return a().emit(Opcode::LOAD_CLASSDEREF, uint32_t(u().deref_index[n]), loc);
        if (r == Resolution::GlobalExplicit) return a().emit(Opcode::LOAD_GLOBAL, uint32_t(cache_idx(n)), loc);
        return a().emit(Opcode::LOAD_NAME, uint32_t(name_idx(n)), loc);
    }
    switch (r) {
        case Resolution::Local:
            if (u().is_module()) return a().emit(Opcode::LOAD_GLOBAL, uint32_t(cache_idx(n)), loc);
            return a().emit(Opcode::LOAD_FAST, uint32_t(u().local_index[n]), loc);
        case Resolution::Cell:
        case Resolution::Free: return a().emit(Opcode::LOAD_DEREF, uint32_t(u().deref_index[n]), loc);
        default: return a().emit(Opcode::LOAD_GLOBAL, uint32_t(cache_idx(n)), loc);
    }
}

void Compiler::store_name(const std::string& n, const Loc& loc) {
    Resolution r = u().scope->resolve(n);
    if (u().is_class()) {
        if (r == Resolution::GlobalExplicit) return a().emit(Opcode::STORE_GLOBAL, uint32_t(name_idx(n)), loc);
        if (r == Resolution::Free) return a().emit(Opcode::STORE_DEREF, uint32_t(u().deref_index[n]), loc);
        return a().emit(Opcode::STORE_NAME, uint32_t(name_idx(n)), loc);
    }
    switch (r) {
        case Resolution::Local:
            if (u().is_module()) return a().emit(Opcode::STORE_NAME, uint32_t(name_idx(n)), loc);
            return a().emit(Opcode::STORE_FAST, uint32_t(u().local_index[n]), loc);
        case Resolution::Cell:
        case Resolution::Free: return a().emit(Opcode::STORE_DEREF, uint32_t(u().deref_index[n]), loc);
        default: return a().emit(Opcode::STORE_GLOBAL, uint32_t(name_idx(n)), loc);
    }
}

void Compiler::delete_name(const std::string& n, const Loc& loc) {
    Resolution r = u().scope->resolve(n);
    if (u().is_class() || (u().is_module() && r == Resolution::Local))
        return a().emit(r == Resolution::GlobalExplicit ? Opcode::DELETE_GLOBAL : Opcode::DELETE_NAME,
                        uint32_t(name_idx(n)), loc);
    switch (r) {
        case Resolution::Local: return a().emit(Opcode::DELETE_FAST, uint32_t(u().local_index[n]), loc);
        case Resolution::Cell:
        case Resolution::Free: return a().emit(Opcode::DELETE_DEREF, uint32_t(u().deref_index[n]), loc);
        default: return a().emit(Opcode::DELETE_GLOBAL, uint32_t(name_idx(n)), loc);
    }
}

// ---- statements -----------------------------------------------------------------------

void Compiler::body(const StmtList& b) {
    for (Stmt* s : b) {
        if (failed()) return;
        stmt(s);
    }
}

// Emits what leaving fblocks [upto, end) requires, innermost first: popping loop
// iterators, running finally bodies, calling __exit__, ending except handlers. With
// preserve_tos the value on top of the stack (a return value) is kept above them.
void Compiler::unwind(size_t upto, bool preserve_tos) {
    auto& fb = u().fblocks;
    std::vector<Handler> saved = a().handler_stack();
    for (size_t i = fb.size(); i-- > upto;) {
        FBlock b = fb[i];
        // Code emitted to leave a block is not protected by that block's handler.
        a().set_handler_stack(b.outer_handlers);
        switch (b.kind) {
            case FBlockKind::WhileLoop:
            case FBlockKind::TryExcept: break;
            case FBlockKind::ForLoop:
                if (preserve_tos) a().emit(Opcode::SWAP, 2, b.loc);
                a().emit(Opcode::POP_TOP, 0, b.loc);
                break;
            case FBlockKind::FinallyTry: {
                // Run the finally body with this block (and the inner ones) out of the way:
                // a return inside it must not run it again. Restore them all afterwards.
                std::vector<FBlock> all = fb;
                fb.resize(i);
                body(*b.finalbody);
                fb = std::move(all);
                break;
            }
            case FBlockKind::FinallyEnd:
                // Inside the exceptional finally copy: [prev_exc, exc] are on the stack.
                if (preserve_tos) a().emit(Opcode::SWAP, 2, b.loc);
                a().emit(Opcode::POP_TOP, 0, b.loc);
                if (preserve_tos) a().emit(Opcode::SWAP, 2, b.loc);
                a().emit(Opcode::POP_EXCEPT, 0, b.loc);
                break;
            case FBlockKind::With:
            case FBlockKind::AsyncWith:
                if (preserve_tos) a().emit(Opcode::SWAP, 2, b.loc);
                a().emit(Opcode::PUSH_NULL, 0, b.loc);
                for (int k = 0; k < 3; k++) a().emit(Opcode::LOAD_CONST, uint32_t(const_none()), b.loc);
                a().emit(Opcode::CALL, 3, b.loc);
                if (b.kind == FBlockKind::AsyncWith) {
                    a().emit(Opcode::GET_AWAITABLE, 0, b.loc);
                    send_loop(b.loc);
                }
                a().emit(Opcode::POP_TOP, 0, b.loc);
                break;
            case FBlockKind::HandlerCleanup:
                if (!b.handler_name.empty()) {
                    a().emit(Opcode::LOAD_CONST, uint32_t(const_none()), b.loc);
                    store_name(b.handler_name, b.loc);
                    delete_name(b.handler_name, b.loc);
                }
                if (preserve_tos) a().emit(Opcode::SWAP, 2, b.loc);
                a().emit(Opcode::POP_EXCEPT, 0, b.loc);
                break;
        }
    }
    a().set_handler_stack(saved);
}

void Compiler::stmt(Stmt* s) {
    if (++depth_guard_ > 400) {
        error("too many nested statements", s->loc);
        depth_guard_--;
        return;
    }
    const Loc& loc = s->loc;
    switch (s->kind) {
        case StmtKind::Expr: {
            auto* e = static_cast<ExprStmt*>(s);
            expr(e->value);
            a().emit(Opcode::POP_TOP, 0, loc);
            break;
        }
        case StmtKind::Assign: {
            auto* as = static_cast<Assign*>(s);
            expr(as->value);
            for (size_t i = 0; i < as->targets.size(); i++) {
                if (i + 1 < as->targets.size()) a().emit(Opcode::COPY, 1, loc);
                store(as->targets[i]);
            }
            break;
        }
        case StmtKind::AugAssign: {
            auto* as = static_cast<AugAssign*>(s);
            uint32_t op = uint32_t(as->op) ;
            // ast::Op and BinOpKind order differ: map explicitly.
            static const BinOpKind kMap[] = {BinOpKind::Add, BinOpKind::Sub, BinOpKind::Mul, BinOpKind::MatMul,
                                             BinOpKind::TrueDiv, BinOpKind::Mod, BinOpKind::Pow, BinOpKind::LShift,
                                             BinOpKind::RShift, BinOpKind::Or, BinOpKind::Xor, BinOpKind::And,
                                             BinOpKind::FloorDiv};
            op = uint32_t(kMap[op]) + kInplace;
            Expr* t = as->target;
            if (t->kind == ExprKind::Name) {
                load_name(static_cast<Name*>(t)->id, t->loc);
                expr(as->value);
                a().emit(Opcode::BINARY_OP, op, loc);
                store_name(static_cast<Name*>(t)->id, t->loc);
            } else if (t->kind == ExprKind::Attribute) {
                auto* at = static_cast<Attribute*>(t);
                expr(at->value);
                a().emit(Opcode::COPY, 1, loc);
                a().emit(Opcode::LOAD_ATTR, uint32_t(cache_idx(at->attr)), at->loc);
                expr(as->value);
                a().emit(Opcode::BINARY_OP, op, loc);
                a().emit(Opcode::SWAP, 2, loc);
                a().emit(Opcode::STORE_ATTR, uint32_t(cache_idx(at->attr)), at->loc);
            } else if (t->kind == ExprKind::Subscript) {
                auto* sub = static_cast<Subscript*>(t);
                expr(sub->value);
                expr(sub->slice);
                a().emit(Opcode::COPY, 2, loc);
                a().emit(Opcode::COPY, 2, loc);
                a().emit(Opcode::BINARY_SUBSCR, 0, sub->loc);
                expr(as->value);
                a().emit(Opcode::BINARY_OP, op, loc);
                a().emit(Opcode::SWAP, 3, loc);
                a().emit(Opcode::SWAP, 2, loc);
                a().emit(Opcode::STORE_SUBSCR, 0, sub->loc);
            } else {
                error("illegal expression for augmented assignment", t->loc);
            }
            break;
        }
        case StmtKind::AnnAssign: {
            auto* as = static_cast<AnnAssign*>(s);
            if (as->value) {
                expr(as->value);
                store(as->target);
            }
            break;
        }
        case StmtKind::If: {
            auto* i = static_cast<If*>(s);
            Label end = a().new_label();
            Label els = i->orelse.empty() ? end : a().new_label();
            jump_if(i->test, els, false);
            body(i->body);
            if (!i->orelse.empty()) {
                if (a().reachable()) a().emit_jump(Opcode::JUMP_FORWARD, end, loc);
                a().bind(els);
                body(i->orelse);
            }
            a().bind(end);
            break;
        }
        case StmtKind::While: {
            auto* w = static_cast<While*>(s);
            Label top = a().new_label(), test = a().new_label(), els = a().new_label(), end = a().new_label();
            bool always = w->test->kind == ExprKind::Constant &&
                          (static_cast<Constant*>(w->test)->ck == ConstKind::True ||
                           (static_cast<Constant*>(w->test)->ck == ConstKind::Int && static_cast<Constant*>(w->test)->i));
            if (!always) jump_if(w->test, els, false);
            a().bind(top);
            u().fblocks.push_back({FBlockKind::WhileLoop, always ? top : test, end, nullptr, "", a().handler_stack(), loc});
            body(w->body);
            u().fblocks.pop_back();
            a().bind(test);
            if (always) {
                if (a().reachable()) a().emit_jump(Opcode::JUMP_FORWARD, top, loc);
            } else {
                jump_if(w->test, top, true);
            }
            a().bind(els);
            body(w->orelse);
            a().bind(end);
            break;
        }
        case StmtKind::For: {
            auto* f = static_cast<For*>(s);
            if (f->is_async) {
                error("'async for' is not supported yet", loc);
                break;
            }
            Label top = a().new_label(), exhausted = a().new_label(), end = a().new_label();
            expr(f->iter);
            a().emit(Opcode::GET_ITER, 0, f->iter->loc);
            a().bind(top);
            // FOR_ITER is attributed to the whole statement, as CPython 3.11 does: an error
            // raised by the iterator shows the `for` line without carets.
            a().emit_jump(Opcode::FOR_ITER, exhausted, loc);
            store(f->target);
            u().fblocks.push_back({FBlockKind::ForLoop, top, end, nullptr, "", a().handler_stack(), loc});
            body(f->body);
            u().fblocks.pop_back();
            if (a().reachable()) a().emit_jump(Opcode::JUMP_FORWARD, top, f->target->loc);
            a().bind(exhausted);
            body(f->orelse);
            a().bind(end);
            break;
        }
        case StmtKind::Break:
        case StmtKind::Continue: {
            auto& fb = u().fblocks;
            size_t i = fb.size();
            while (i > 0 && fb[i - 1].kind != FBlockKind::WhileLoop && fb[i - 1].kind != FBlockKind::ForLoop) i--;
            if (i == 0) {
                error(s->kind == StmtKind::Break ? "'break' outside loop" : "'continue' not properly in loop", loc);
                break;
            }
            FBlock loop = fb[i - 1];
            if (s->kind == StmtKind::Break) {
                unwind(i - 1, false);  // includes popping a for loop's iterator
                a().emit_jump(Opcode::JUMP_FORWARD, loop.exit, loc);
            } else {
                unwind(i, false);
                a().emit_jump(Opcode::JUMP_FORWARD, loop.continue_target, loc);
            }
            break;
        }
        case StmtKind::Pass: a().emit(Opcode::NOP, 0, loc); break;
        case StmtKind::Return: {
            auto* r = static_cast<Return*>(s);
            if (!u().scope->is_function()) {
                error("'return' outside function", loc);
                break;
            }
            if (r->value) expr(r->value);
            else a().emit(Opcode::LOAD_CONST, uint32_t(const_none()), loc);
            unwind(0, true);
            a().emit(Opcode::RETURN_VALUE, 0, loc);
            break;
        }
        case StmtKind::Delete:
            for (Expr* t : static_cast<Delete*>(s)->targets) del(t);
            break;
        case StmtKind::FunctionDef: function_def(static_cast<FunctionDef*>(s)); break;
        case StmtKind::ClassDef: class_def(static_cast<ClassDef*>(s)); break;
        case StmtKind::Try: try_stmt(static_cast<Try*>(s)); break;
        case StmtKind::With: {
            auto* w = static_cast<With*>(s);
            if (w->is_async) async_with_stmt(w, 0);
            else with_stmt(w, 0);
            break;
        }
        case StmtKind::Raise: {
            auto* r = static_cast<Raise*>(s);
            int n = 0;
            if (r->exc) {
                expr(r->exc);
                n = 1;
                if (r->cause) {
                    expr(r->cause);
                    n = 2;
                }
            }
            a().emit(Opcode::RAISE_VARARGS, uint32_t(n), loc);
            break;
        }
        case StmtKind::Assert: {
            auto* as = static_cast<Assert*>(s);
            Label end = a().new_label();
            jump_if(as->test, end, true);
            // CPython 3.11 attributes the failure to the test expression.
            const Loc& tl = as->test->loc;
            a().emit(Opcode::LOAD_ASSERTION_ERROR, 0, tl);
            if (as->msg) {
                expr(as->msg);
                a().emit(Opcode::CALL, 0, tl);
            }
            a().emit(Opcode::RAISE_VARARGS, 1, tl);
            a().bind(end);
            break;
        }
        case StmtKind::Import:
            for (auto& al : static_cast<Import*>(s)->names) {
                a().emit(Opcode::IMPORT_NAME, uint32_t(name_idx(al.name)), al.loc);
                if (al.asname.empty() && al.name.find('.') != std::string::npos) {
                    std::string top = al.name.substr(0, al.name.find('.'));
                    a().emit(Opcode::POP_TOP, 0, al.loc);
                    a().emit(Opcode::IMPORT_NAME, uint32_t(name_idx(top)), al.loc);
                    store_name(top, al.loc);
                } else {
                    store_name(al.asname.empty() ? al.name : al.asname, al.loc);
                }
            }
            break;
        case StmtKind::ImportFrom: {
            auto* im = static_cast<ImportFrom*>(s);
            if (im->level > 0) {
                error("relative imports are not supported", loc);
                break;
            }
            a().emit(Opcode::IMPORT_NAME, uint32_t(name_idx(im->module)), loc);
            for (auto& al : im->names) {
                if (al.name == "*") {
                    a().emit(Opcode::IMPORT_STAR, 0, al.loc);
                    goto done_import;
                }
                a().emit(Opcode::IMPORT_FROM, uint32_t(name_idx(al.name)), al.loc);
                store_name(al.asname.empty() ? al.name : al.asname, al.loc);
            }
            a().emit(Opcode::POP_TOP, 0, loc);
        done_import:
            break;
        }
        case StmtKind::Global:
        case StmtKind::Nonlocal: break;
    }
    depth_guard_--;
}

void Compiler::with_stmt(With* w, size_t item) {
    const WithItem& it = w->items[item];
    Loc loc = it.context_expr->loc;
    expr(it.context_expr);
    a().emit(Opcode::BEFORE_WITH, 0, loc);
    Label handler = a().new_label(), end = a().new_label();
    int depth = a().depth() - 1;  // below the __enter__ result: the bound __exit__ stays
    std::vector<Handler> outer = a().handler_stack();
    a().push_handler(handler, depth);
    if (it.optional_vars) store(it.optional_vars);
    else a().emit(Opcode::POP_TOP, 0, loc);
    u().fblocks.push_back({FBlockKind::With, {}, {}, nullptr, "", outer, loc});
    if (item + 1 < w->items.size()) with_stmt(w, item + 1);
    else body(w->body);
    u().fblocks.pop_back();
    a().set_handler_stack(outer);
    if (a().reachable()) {
        a().emit(Opcode::PUSH_NULL, 0, loc);
        for (int k = 0; k < 3; k++) a().emit(Opcode::LOAD_CONST, uint32_t(const_none()), loc);
        a().emit(Opcode::CALL, 3, loc);
        a().emit(Opcode::POP_TOP, 0, loc);
        a().emit_jump(Opcode::JUMP_FORWARD, end, loc);
    }
    // Exceptional exit: __exit__(type, exc, tb); a true result suppresses the exception.
    Label cleanup = a().new_label(), suppress = a().new_label();
    a().bind(handler);
    a().set_depth(depth + 1);
    a().emit(Opcode::PUSH_EXC_INFO, 0, loc);           // exit, prev, exc
    a().push_handler(cleanup, depth + 1);
    a().emit(Opcode::WITH_EXCEPT_START, 0, loc);       // exit, prev, exc, res
    a().emit_jump(Opcode::POP_JUMP_IF_TRUE, suppress, loc);
    a().emit(Opcode::RERAISE, 0, loc);
    a().bind(suppress);
    a().emit(Opcode::POP_TOP, 0, loc);                 // exit, prev
    a().pop_handler();
    a().emit(Opcode::POP_EXCEPT, 0, loc);              // exit
    a().emit(Opcode::POP_TOP, 0, loc);
    a().emit_jump(Opcode::JUMP_FORWARD, end, loc);
    a().bind(cleanup);
    a().set_depth(depth + 2);                          // exit, prev, exc2
    a().emit(Opcode::SWAP, 2, loc);
    a().emit(Opcode::POP_EXCEPT, 0, loc);
    a().emit(Opcode::RERAISE, 0, loc);
    a().bind(end);
}

void Compiler::try_stmt(Try* t) {
    const Loc& loc = t->loc;
    std::vector<Handler> outer = a().handler_stack();
    bool has_finally = !t->finalbody.empty();
    Label finally_exc = a().new_label(), end = a().new_label();
    int base = a().depth();
    if (has_finally) {
        a().push_handler(finally_exc, base);
        u().fblocks.push_back({FBlockKind::FinallyTry, {}, {}, &t->finalbody, "", outer, loc});
    }
    std::vector<Handler> inner_outer = a().handler_stack();
    if (!t->handlers.empty()) {
        Label handler = a().new_label(), cleanup = a().new_label(), after = a().new_label();
        a().push_handler(handler, base);
        u().fblocks.push_back({FBlockKind::TryExcept, {}, {}, nullptr, "", inner_outer, loc});
        body(t->body);
        u().fblocks.pop_back();
        a().set_handler_stack(inner_outer);
        body(t->orelse);
        if (a().reachable()) a().emit_jump(Opcode::JUMP_FORWARD, after, loc);
        // Handlers: [prev, exc] after PUSH_EXC_INFO.
        a().bind(handler);
        a().set_depth(base + 1);
        a().emit(Opcode::PUSH_EXC_INFO, 0, loc);
        a().push_handler(cleanup, base + 1);
        for (size_t i = 0; i < t->handlers.size(); i++) {
            const ExceptHandler& h = t->handlers[i];
            Label next = a().new_label();
            if (h.type) {
                expr(h.type);
                a().emit(Opcode::CHECK_EXC_MATCH, 0, h.type->loc);
                a().emit_jump(Opcode::POP_JUMP_IF_FALSE, next, h.type->loc);
            } else if (i + 1 < t->handlers.size()) {
                error("default 'except:' must be last", h.loc);
            }
            if (!h.name.empty()) store_name(h.name, h.loc);
            else a().emit(Opcode::POP_TOP, 0, h.loc);
            // The handler body; `as name` is deleted when it ends, however it ends.
            Label name_cleanup = a().new_label();
            std::vector<Handler> before_body = a().handler_stack();
            if (!h.name.empty()) a().push_handler(name_cleanup, base + 1);
            u().fblocks.push_back({FBlockKind::HandlerCleanup, {}, {}, nullptr, h.name, before_body, h.loc});
            body(h.body);
            u().fblocks.pop_back();
            a().set_handler_stack(before_body);
            if (a().reachable()) {
                a().pop_handler();  // leaving the handler: the cleanup no longer applies
                a().emit(Opcode::POP_EXCEPT, 0, h.loc);
                if (!h.name.empty()) {
                    a().emit(Opcode::LOAD_CONST, uint32_t(const_none()), h.loc);
                    store_name(h.name, h.loc);
                    delete_name(h.name, h.loc);
                }
                a().emit_jump(Opcode::JUMP_FORWARD, after, h.loc);
                a().push_handler(cleanup, base + 1);
            }
            if (!h.name.empty()) {
                // An exception inside the body: delete the name, then go to the cleanup.
                a().bind(name_cleanup);
                a().set_depth(base + 2);  // prev, exc2
                a().emit(Opcode::LOAD_CONST, uint32_t(const_none()), h.loc);
                store_name(h.name, h.loc);
                delete_name(h.name, h.loc);
                a().emit(Opcode::RERAISE, 0, h.loc);
            }
            a().bind(next);
            if (!h.type) break;
            a().set_depth(base + 2);  // prev, exc
        }
        if (t->handlers.back().type) a().emit(Opcode::RERAISE, 0, loc);
        a().pop_handler();
        a().bind(cleanup);
        a().set_depth(base + 2);  // prev, exc2
        a().emit(Opcode::SWAP, 2, loc);
        a().emit(Opcode::POP_EXCEPT, 0, loc);
        a().emit(Opcode::RERAISE, 0, loc);
        a().bind(after);
    } else {
        body(t->body);
        body(t->orelse);
    }
    if (has_finally) {
        u().fblocks.pop_back();
        a().set_handler_stack(outer);
        // Normal path: run the finally body.
        if (a().reachable()) {
            body(t->finalbody);
            if (a().reachable()) a().emit_jump(Opcode::JUMP_FORWARD, end, loc);
        }
        // Exceptional path: run it with the exception pending, then re-raise.
        Label cleanup = a().new_label();
        a().bind(finally_exc);
        a().set_depth(base + 1);
        a().emit(Opcode::PUSH_EXC_INFO, 0, loc);  // prev, exc
        a().push_handler(cleanup, base + 1);
        u().fblocks.push_back({FBlockKind::FinallyEnd, {}, {}, nullptr, "", outer, loc});
        body(t->finalbody);
        u().fblocks.pop_back();
        if (a().reachable()) a().emit(Opcode::RERAISE, 0, loc);
        a().set_handler_stack(outer);
        a().bind(cleanup);
        a().set_depth(base + 2);
        a().emit(Opcode::SWAP, 2, loc);
        a().emit(Opcode::POP_EXCEPT, 0, loc);
        a().emit(Opcode::RERAISE, 0, loc);
    }
    a().bind(end);
}

// ---- driver -------------------------------------------------------------------------

static bool docstring_of(const StmtList& body, std::string* out) {
    if (body.empty() || body[0]->kind != StmtKind::Expr) return false;
    Expr* v = static_cast<ExprStmt*>(body[0])->value;
    if (v->kind != ExprKind::Constant || static_cast<Constant*>(v)->ck != ConstKind::Str) return false;
    *out = static_cast<Constant*>(v)->s;
    return true;
}

CompileResult Compiler::run() {
    Scope* top = st_.top.get();
    enter_unit(top, "<module>");
    u().code->cflags |= CO_MODULE;
    std::string doc;
    size_t start = 0;
    Loc first = mod_.body.empty() ? Loc{1, 0, 1, 0} : mod_.body[0]->loc;
    if (docstring_of(mod_.body, &doc)) {
        a().emit(Opcode::LOAD_CONST, uint32_t(const_str(doc)), first);
        store_name("__doc__", first);
        start = 1;
    }
    for (size_t i = start; i < mod_.body.size() && !failed(); i++) stmt(mod_.body[i]);
    Loc last = mod_.body.empty() ? Loc{1, 0, 1, 0} : mod_.body.back()->loc;
    last.col = last.end_col = -1;
    a().emit(Opcode::LOAD_CONST, uint32_t(const_none()), last);
    a().emit(Opcode::RETURN_VALUE, 0, last);
    Code* c = leave_unit();
    if (error_) return *error_;
    return c;
}

}  // namespace comp

CompileResult compile_module(Interp& in, const ast::Module& m) {
    auto st = build_symtable(m);
    if (auto* e = std::get_if<UserError>(&st)) return *e;
    auto& table = std::get<std::unique_ptr<SymbolTable>>(st);
    size_t roots = in.extra_roots.size();
    comp::Compiler c(in, m, *table);
    CompileResult r = c.run();
    in.extra_roots.resize(roots);
    if (Code** code = std::get_if<Code*>(&r)) in.extra_roots.push_back(Value(*code));
    return r;
}

CompileResult compile_source(Interp& in, SourceRef src) {
    ParseResult pr = parse(src);
    if (auto* e = std::get_if<UserError>(&pr)) return *e;
    CompileResult r = compile_module(in, *std::get<std::unique_ptr<ast::Module>>(pr));
    if (Code** c = std::get_if<Code*>(&r)) number_codes(*c, false);
    return r;
}

}  // namespace gs
