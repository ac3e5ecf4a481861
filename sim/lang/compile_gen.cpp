// Compiling generators and coroutines: the prologue that turns a call into a generator
// object, `yield`, `yield from` and `await` (one SEND loop, as CPython 3.11), and
// `async with`. The run-time side is sim/vm/gen.hpp.
#include "sim/lang/compiler_internal.hpp"

namespace gs::comp {

using namespace ast;

// RETURN_GENERATOR copies the frame into a new generator and returns it; the first
// resumption pushes the sent value (None), which POP_TOP discards. Both are attributed
// to the definition's first line, as CPython's (a throw() into a generator that never
// ran shows that line).
void Compiler::generator_prologue(int line) {
    Loc l{line, 0, line, 0};
    a().emit(Opcode::RETURN_GENERATOR, 0, l);
    a().emit(Opcode::POP_TOP, 0, l);
}

// Stack: receiver, value. SEND resumes the receiver with the value: when it yields,
// YIELD_VALUE passes the value out to our resumer and what that sends back goes round
// again; when it returns, its result replaces the receiver and the loop exits.
// YIELD_VALUE's operand 1 tells throw() and close() that a receiver sits below.
void Compiler::send_loop(const Loc& loc) {
    a().emit(Opcode::LOAD_CONST, uint32_t(const_none()), loc);
    Label send = a().new_label(), exit = a().new_label();
    a().bind(send);
    a().emit_jump(Opcode::SEND, exit, loc);
    a().emit(Opcode::YIELD_VALUE, 1, loc);
    a().emit_jump(Opcode::JUMP_FORWARD, send, loc);  // backward: becomes JUMP_BACKWARD
    a().bind(exit);
}

void Compiler::yield_expr(Expr* e) {
    const Loc& loc = e->loc;
    Expr* value = static_cast<Yield*>(e)->value;
    switch (e->kind) {
        case ExprKind::Yield:
            if (value) expr(value);
            else a().emit(Opcode::LOAD_CONST, uint32_t(const_none()), loc);
            a().emit(Opcode::YIELD_VALUE, 0, loc);
            break;
        case ExprKind::YieldFrom:
            expr(value);
            a().emit(Opcode::GET_YIELD_FROM_ITER, 0, loc);
            send_loop(loc);
            break;
        case ExprKind::Await:
            if (!(u().code->cflags & CO_COROUTINE)) {
                error("'await' outside async function", loc);
                return;
            }
            expr(value);
            a().emit(Opcode::GET_AWAITABLE, 0, loc);
            send_loop(loc);
            break;
        default: break;
    }
}

// `async with`: as with_stmt (compiler.cpp), with __aenter__/__aexit__ and each of their
// results awaited.
void Compiler::async_with_stmt(With* w, size_t item) {
    if (!(u().code->cflags & CO_COROUTINE)) {
        error("'async with' outside async function", w->loc);
        return;
    }
    const WithItem& it = w->items[item];
    Loc loc = it.context_expr->loc;
    expr(it.context_expr);
    a().emit(Opcode::BEFORE_ASYNC_WITH, 0, loc);       // exit, awaitable
    a().emit(Opcode::GET_AWAITABLE, 0, loc);
    send_loop(loc);                                     // exit, result
    Label handler = a().new_label(), end = a().new_label();
    int depth = a().depth() - 1;
    std::vector<Handler> outer = a().handler_stack();
    a().push_handler(handler, depth);
    if (it.optional_vars) store(it.optional_vars);
    else a().emit(Opcode::POP_TOP, 0, loc);
    u().fblocks.push_back({FBlockKind::AsyncWith, {}, {}, nullptr, "", outer, loc});
    if (item + 1 < w->items.size()) async_with_stmt(w, item + 1);
    else body(w->body);
    u().fblocks.pop_back();
    a().set_handler_stack(outer);
    if (a().reachable()) {
        a().emit(Opcode::PUSH_NULL, 0, loc);
        for (int k = 0; k < 3; k++) a().emit(Opcode::LOAD_CONST, uint32_t(const_none()), loc);
        a().emit(Opcode::CALL, 3, loc);
        a().emit(Opcode::GET_AWAITABLE, 0, loc);
        send_loop(loc);
        a().emit(Opcode::POP_TOP, 0, loc);
        a().emit_jump(Opcode::JUMP_FORWARD, end, loc);
    }
    Label cleanup = a().new_label(), suppress = a().new_label();
    a().bind(handler);
    a().set_depth(depth + 1);
    a().emit(Opcode::PUSH_EXC_INFO, 0, loc);            // exit, prev, exc
    a().push_handler(cleanup, depth + 1);
    a().emit(Opcode::WITH_EXCEPT_START, 0, loc);        // exit, prev, exc, awaitable
    a().emit(Opcode::GET_AWAITABLE, 0, loc);
    send_loop(loc);                                     // exit, prev, exc, res
    a().emit_jump(Opcode::POP_JUMP_IF_TRUE, suppress, loc);
    a().emit(Opcode::RERAISE, 0, loc);
    a().bind(suppress);
    a().emit(Opcode::POP_TOP, 0, loc);
    a().pop_handler();
    a().emit(Opcode::POP_EXCEPT, 0, loc);
    a().emit(Opcode::POP_TOP, 0, loc);
    a().emit_jump(Opcode::JUMP_FORWARD, end, loc);
    a().bind(cleanup);
    a().set_depth(depth + 2);
    a().emit(Opcode::SWAP, 2, loc);
    a().emit(Opcode::POP_EXCEPT, 0, loc);
    a().emit(Opcode::RERAISE, 0, loc);
    a().bind(end);
}

}  // namespace gs::comp
