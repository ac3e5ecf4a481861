// The code objects nested in expressions and statements: functions, lambdas, classes
// and comprehensions (their defaults, closures and bodies).
#include "sim/lang/compiler_internal.hpp"
#include "sim/objects/container_util.hpp"
#include "sim/vm/runtime.hpp"

namespace gs::comp {

using namespace ast;

void Compiler::defaults_and_kwdefaults(const Arguments& args, int* flags, const Loc& loc) {
    if (!args.defaults.empty()) {
        for (Expr* d : args.defaults) expr(d);
        a().emit(Opcode::BUILD_TUPLE, uint32_t(args.defaults.size()), loc);
        *flags |= 1;
    }
    size_t nkw = 0;
    for (size_t i = 0; i < args.kwonlyargs.size(); i++) {
        if (!args.kw_defaults[i]) continue;
        a().emit(Opcode::LOAD_CONST, uint32_t(const_str(args.kwonlyargs[i].name)), loc);
        expr(args.kw_defaults[i]);
        nkw++;
    }
    if (nkw) {
        a().emit(Opcode::BUILD_MAP, uint32_t(nkw), loc);
        *flags |= 2;
    }
}

// Pushes a function object for `code`, with a closure of the cells it needs from here.
void Compiler::make_closure(Code* code, Scope* child, int flags, const Loc& loc) {
    if (!code->freevars.empty()) {
        for (Str* fv : code->freevars) {
            std::string n(fv->view());
            auto it = u().deref_index.find(n);
            if (it == u().deref_index.end()) {
                error("internal compiler error: free variable '" + n + "' not found", loc);
                return;
            }
            a().emit(Opcode::LOAD_CLOSURE, uint32_t(it->second), loc);
        }
        a().emit(Opcode::BUILD_TUPLE, uint32_t(code->freevars.size()), loc);
        flags |= 8;
    }
    int idx = add_const(Value(code), "code:" + std::to_string(uintptr_t(code)));
    a().emit(Opcode::LOAD_CONST, uint32_t(idx), loc);
    a().emit(Opcode::MAKE_FUNCTION, uint32_t(flags), loc);
    (void)child;
}

Code* Compiler::compile_function_body(const void* node, const std::string& name, const Arguments* args,
                                      const StmtList* fbody, Expr* lambda_body, bool is_async, int def_line) {
    Scope* scope = st_.scope_of(node);
    if (!scope) {
        error("internal compiler error: no scope", {});
        return nullptr;
    }
    if (is_async && scope->has_yield) {
        error("asynchronous generators are not supported", scope->first_yield);
        return nullptr;
    }
    std::string qn = child_qualname(name);
    enter_unit(scope, qn);
    Code* c = u().code;
    if (is_async || scope->is_generator) {
        c->cflags |= is_async ? CO_COROUTINE : CO_GENERATOR;
        generator_prologue(def_line ? def_line : (lambda_body ? lambda_body->loc.line : 0));
    }
    if (args) {
        c->argcount = int(args->posonlyargs.size() + args->args.size());
        c->posonlyargcount = int(args->posonlyargs.size());
        c->kwonlyargcount = int(args->kwonlyargs.size());
        if (args->vararg) c->cflags |= CO_VARARGS;
        if (args->kwarg) c->cflags |= CO_VARKEYWORDS;
    }
    if (lambda_body) {
        c->firstlineno = lambda_body->loc.line;
        const_none();  // co_consts[0] is the docstring slot (None), as CPython
        expr(lambda_body);
        a().emit(Opcode::RETURN_VALUE, 0, lambda_body->loc);
    } else {
        std::string doc;
        size_t start = 0;
        // co_firstlineno: the def line, or its first decorator's (dis and repr show it).
        if (def_line) c->firstlineno = def_line;
        else if (fbody && !fbody->empty()) c->firstlineno = (*fbody)[0]->loc.line;
        if (fbody && [&] {
                if (fbody->empty() || (*fbody)[0]->kind != StmtKind::Expr) return false;
                Expr* v = static_cast<ExprStmt*>((*fbody)[0])->value;
                if (v->kind != ExprKind::Constant || static_cast<Constant*>(v)->ck != ConstKind::Str) return false;
                doc = static_cast<Constant*>(v)->s;
                return true;
            }()) {
            const_str(doc);
            c->cflags |= 0x100000;
            start = 1;
        } else {
            const_none();
        }
        for (size_t i = start; fbody && i < fbody->size() && !failed(); i++) stmt((*fbody)[i]);
        if (a().reachable()) {
            Loc last = fbody && !fbody->empty() ? fbody->back()->loc : Loc{};
            a().emit(Opcode::LOAD_CONST, uint32_t(const_none()), last);
            a().emit(Opcode::RETURN_VALUE, 0, last);
        }
    }
    return leave_unit();
}

void Compiler::function_def(FunctionDef* f) {
    const Loc& loc = f->loc;
    for (Expr* d : f->decorators) {
        expr(d);
        a().emit(Opcode::PUSH_NULL, 0, d->loc);
    }
    int flags = 0;
    defaults_and_kwdefaults(f->args, &flags, loc);
    // A generator's first instruction (RETURN_GENERATOR) is attributed to the first line
    // of the definition, decorators included (co_firstlineno), as CPython does.
    int def_line = loc.line;
    for (Expr* d : f->decorators) def_line = std::min(def_line, d->loc.line);
    Code* code = compile_function_body(f, f->name, &f->args, &f->body, nullptr, f->is_async, def_line);
    if (!code) return;
    make_closure(code, st_.scope_of(f), flags, loc);
    for (size_t i = f->decorators.size(); i-- > 0;) a().emit(Opcode::CALL, 1, f->decorators[i]->loc);
    store_name(f->name, loc);
}

void Compiler::class_def(ClassDef* c) {
    const Loc& loc = c->loc;
    for (Expr* d : c->decorators) {
        expr(d);
        a().emit(Opcode::PUSH_NULL, 0, d->loc);
    }
    a().emit(Opcode::LOAD_BUILD_CLASS, 0, loc);
    a().emit(Opcode::PUSH_NULL, 0, loc);
    // The class body: a function run with the class namespace as its locals.
    Scope* scope = st_.scope_of(c);
    std::string qn = child_qualname(c->name);
    enter_unit(scope, qn);
    u().code->cflags |= CO_CLASS_BODY;
    u().code->firstlineno = loc.line;
    const_none();
    load_name("__name__", loc);
    store_name("__module__", loc);
    a().emit(Opcode::LOAD_CONST, uint32_t(const_str(qn)), loc);
    store_name("__qualname__", loc);
    size_t start = 0;
    if (!c->body.empty() && c->body[0]->kind == StmtKind::Expr) {
        Expr* v = static_cast<ExprStmt*>(c->body[0])->value;
        if (v->kind == ExprKind::Constant && static_cast<Constant*>(v)->ck == ConstKind::Str) {
            a().emit(Opcode::LOAD_CONST, uint32_t(const_str(static_cast<Constant*>(v)->s)), v->loc);
            store_name("__doc__", v->loc);
            start = 1;
        }
    }
    for (size_t i = start; i < c->body.size() && !failed(); i++) stmt(c->body[i]);
    if (scope->needs_class_cell) {
        a().emit(Opcode::LOAD_CLOSURE, uint32_t(u().deref_index["__class__"]), loc);
        a().emit(Opcode::STORE_NAME, uint32_t(name_idx("__classcell__")), loc);
    }
    a().emit(Opcode::LOAD_CONST, uint32_t(const_none()), loc);
    a().emit(Opcode::RETURN_VALUE, 0, loc);
    Code* body = leave_unit();
    make_closure(body, scope, 0, loc);
    a().emit(Opcode::LOAD_CONST, uint32_t(const_str(c->name)), loc);
    for (Expr* b : c->bases) expr(b);
    uint32_t n = uint32_t(2 + c->bases.size());
    if (!c->keywords.empty()) {
        std::vector<Value> names;
        for (auto& k : c->keywords) {
            expr(k.value);
            names.push_back(Value(str(k.arg)));
        }
        int idx = add_const(Value(new_tuple(in_, names.data(), uint32_t(names.size()))), "kwc:" + qn);
        a().emit(Opcode::LOAD_CONST, uint32_t(idx), loc);
        a().emit(Opcode::CALL_KW, n + uint32_t(c->keywords.size()), loc);
    } else {
        a().emit(Opcode::CALL, n, loc);
    }
    for (size_t i = c->decorators.size(); i-- > 0;) a().emit(Opcode::CALL, 1, c->decorators[i]->loc);
    store_name(c->name, loc);
}

// [elt for ...], {elt for ...}, {k: v for ...}, (elt for ...): a nested function called
// with the first iterable's iterator; for a generator expression, a generator function.
void Compiler::comprehension(Expr* node) {
    const Loc& loc = node->loc;
    const std::vector<Comprehension>* gens;
    Expr* elt = nullptr;
    Expr* key = nullptr;
    Expr* value = nullptr;
    if (node->kind == ExprKind::DictComp) {
        auto* d = static_cast<DictComp*>(node);
        gens = &d->generators;
        key = d->key;
        value = d->value;
    } else {
        auto* l = static_cast<ListComp*>(node);
        gens = &l->generators;
        elt = l->elt;
    }
    Scope* scope = st_.scope_of(node);
    if (scope->is_generator) {
        error("'yield' inside a comprehension", loc);
        return;
    }
    std::string name = scope->name;
    enter_unit(scope, child_qualname(name));
    Code* code = u().code;
    code->argcount = 1;
    code->cflags |= CO_COMPREHENSION;
    code->firstlineno = loc.line;
    Opcode build = node->kind == ExprKind::SetComp ? Opcode::BUILD_SET
                 : node->kind == ExprKind::DictComp ? Opcode::BUILD_MAP : Opcode::BUILD_LIST;
    bool genexp = node->kind == ExprKind::GeneratorExp;
    if (genexp) {
        code->cflags |= CO_GENERATOR;
        generator_prologue(loc.line);
    } else {
        a().emit(build, 0, loc);
    }
    std::vector<Label> tops, ends;
    for (size_t i = 0; i < gens->size(); i++) {
        const Comprehension& g = (*gens)[i];
        if (i == 0) a().emit(Opcode::LOAD_FAST, 0, g.iter->loc);
        else {
            expr(g.iter);
            a().emit(Opcode::GET_ITER, 0, g.iter->loc);
        }
        Label top = a().new_label(), end = a().new_label();
        a().bind(top);
        a().emit_jump(Opcode::FOR_ITER, end, g.iter->loc);
        store(g.target);
        for (Expr* cond : g.ifs) jump_if(cond, top, false);
        tops.push_back(top);
        ends.push_back(end);
    }
    uint32_t depth = uint32_t(gens->size() + 1);
    if (node->kind == ExprKind::DictComp) {
        expr(key);
        expr(value);
        a().emit(Opcode::MAP_ADD, depth, loc);
    } else if (genexp) {
        expr(elt);
        a().emit(Opcode::YIELD_VALUE, 0, loc);
        a().emit(Opcode::POP_TOP, 0, loc);
    } else {
        expr(elt);
        a().emit(node->kind == ExprKind::SetComp ? Opcode::SET_ADD : Opcode::LIST_APPEND, depth, loc);
    }
    for (size_t i = gens->size(); i-- > 0;) {
        a().emit_jump(Opcode::JUMP_FORWARD, tops[i], loc);
        a().bind(ends[i]);
    }
    if (genexp) a().emit(Opcode::LOAD_CONST, uint32_t(const_none()), loc);
    a().emit(Opcode::RETURN_VALUE, 0, loc);
    Code* body = leave_unit();
    make_closure(body, scope, 0, loc);
    expr((*gens)[0].iter);
    a().emit(Opcode::GET_ITER, 0, (*gens)[0].iter->loc);
    a().emit(Opcode::CALL, 0, loc);
}

}  // namespace gs::comp
