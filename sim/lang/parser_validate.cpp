// The syntax errors CPython reports after parsing, from its symbol table pass and its
// compiler ('return' outside function, 'break' outside loop, ...). CPython builds the
// whole symbol table before compiling anything, so its errors come first: two walks.
#include <set>

#include "sim/lang/parser_internal.hpp"

namespace gs::parsing {

using namespace ast;

namespace {

enum class Scope : uint8_t { Module, Class, Function, AsyncFunction, Comprehension };

struct Context {
    Scope scope = Scope::Module;
    bool in_loop = false;
    ExprKind comprehension = ExprKind::ListComp;  // which one, for Scope::Comprehension
};

class Validator {
public:
    std::optional<PError> err;
    bool symtable = true;  // first walk: symbol table errors; second: compiler errors
    // "nonlocal declaration not allowed at module level" comes from the symbol table's
    // analysis, after everything its first walk reports: it is kept aside until then.
    std::optional<PError> module_nonlocal;

    void stmts(const StmtList& list, const Context& c) {
        for (const Stmt* s : list) {
            if (err) return;
            stmt(s, c);
        }
    }

private:
    // Names bound or used at module level so far. A nonlocal declaration of one of them
    // gets another message ("... assigned to before nonlocal declaration"), which the
    // compiler's symbol table words.
    std::set<std::string> module_names_;

    void note(const Context& c, const std::string& name) {
        if (symtable && c.scope == Scope::Module) module_names_.insert(name);
    }
    void fail(const Loc& loc, std::string msg) {
        if (err) return;
        PError e;
        e.message = std::move(msg);
        e.loc = loc;
        err = std::move(e);
    }
    void exprs(const ExprList& list, const Context& c) {
        for (const Expr* e : list) expr(e, c);
    }
    void args(const Arguments& a, const Context& c) {
        // Defaults and annotations are evaluated where the function is defined.
        exprs(a.defaults, c);
        exprs(a.kw_defaults, c);
        for (const auto* list : {&a.posonlyargs, &a.args, &a.kwonlyargs})
            for (const Arg& x : *list) expr(x.annotation, c);
        if (a.vararg) expr(a.vararg->annotation, c);
        if (a.kwarg) expr(a.kwarg->annotation, c);
    }
    static Context function_scope(bool is_async) {
        Context f;
        f.scope = is_async ? Scope::AsyncFunction : Scope::Function;
        return f;
    }
    void stmt(const Stmt* s, const Context& c);
    void expr(const Expr* e, const Context& c);
    void comprehension(const Expr* e, const std::vector<Comprehension>& gens, const Context& c);
};

void Validator::stmt(const Stmt* s, const Context& c) {
    Context loop = c;
    loop.in_loop = true;
    switch (s->kind) {
    case StmtKind::Expr: expr(static_cast<const ExprStmt*>(s)->value, c); break;
    case StmtKind::Assign: {
        auto* a = static_cast<const Assign*>(s);
        expr(a->value, c);
        exprs(a->targets, c);
        break;
    }
    case StmtKind::AugAssign: {
        auto* a = static_cast<const AugAssign*>(s);
        expr(a->target, c);
        expr(a->value, c);
        break;
    }
    case StmtKind::AnnAssign: {
        auto* a = static_cast<const AnnAssign*>(s);
        expr(a->target, c);
        expr(a->annotation, c);
        expr(a->value, c);
        break;
    }
    case StmtKind::If: {
        auto* i = static_cast<const If*>(s);
        expr(i->test, c);
        stmts(i->body, c);
        stmts(i->orelse, c);
        break;
    }
    case StmtKind::While: {
        auto* w = static_cast<const While*>(s);
        expr(w->test, c);
        stmts(w->body, loop);
        stmts(w->orelse, c);
        break;
    }
    case StmtKind::For: {
        auto* f = static_cast<const For*>(s);
        expr(f->iter, c);
        expr(f->target, c);
        stmts(f->body, loop);
        stmts(f->orelse, c);
        break;
    }
    case StmtKind::Break:
        if (!symtable && !c.in_loop) fail(s->loc, "'break' outside loop");
        break;
    case StmtKind::Continue:
        if (!symtable && !c.in_loop) fail(s->loc, "'continue' not properly in loop");
        break;
    case StmtKind::Pass: break;
    case StmtKind::FunctionDef: {
        auto* f = static_cast<const FunctionDef*>(s);
        note(c, f->name);
        exprs(f->decorators, c);
        args(f->args, c);
        expr(f->returns, c);
        stmts(f->body, function_scope(f->is_async));
        break;
    }
    case StmtKind::Return: {
        auto* r = static_cast<const Return*>(s);
        if (!symtable && c.scope != Scope::Function && c.scope != Scope::AsyncFunction)
            fail(s->loc, "'return' outside function");
        expr(r->value, c);
        break;
    }
    case StmtKind::ClassDef: {
        auto* k = static_cast<const ClassDef*>(s);
        note(c, k->name);
        exprs(k->decorators, c);
        exprs(k->bases, c);
        for (const Keyword& kw : k->keywords) expr(kw.value, c);
        Context body;
        body.scope = Scope::Class;
        stmts(k->body, body);
        break;
    }
    case StmtKind::Try: {
        auto* t = static_cast<const Try*>(s);
        stmts(t->body, c);
        for (const ExceptHandler& h : t->handlers) {
            expr(h.type, c);
            if (!h.name.empty()) note(c, h.name);
            stmts(h.body, c);
        }
        stmts(t->orelse, c);
        stmts(t->finalbody, c);
        break;
    }
    case StmtKind::Raise: {
        auto* r = static_cast<const Raise*>(s);
        expr(r->exc, c);
        expr(r->cause, c);
        break;
    }
    case StmtKind::Assert: {
        auto* a = static_cast<const Assert*>(s);
        expr(a->test, c);
        expr(a->msg, c);
        break;
    }
    case StmtKind::Delete: exprs(static_cast<const Delete*>(s)->targets, c); break;
    case StmtKind::With: {
        auto* w = static_cast<const With*>(s);
        for (const WithItem& it : w->items) {
            expr(it.context_expr, c);
            expr(it.optional_vars, c);
        }
        stmts(w->body, c);
        break;
    }
    case StmtKind::Import:
    case StmtKind::ImportFrom: {
        const auto& names = s->kind == StmtKind::Import ? static_cast<const Import*>(s)->names
                                                        : static_cast<const ImportFrom*>(s)->names;
        for (const Alias& a : names)
            note(c, a.asname.empty() ? a.name.substr(0, a.name.find('.')) : a.asname);
        break;
    }
    case StmtKind::Global:
        for (const std::string& n : static_cast<const NameList*>(s)->names) note(c, n);
        break;
    case StmtKind::Nonlocal:
        for (const std::string& n : static_cast<const NameList*>(s)->names) {
            if (symtable && c.scope == Scope::Module && !module_names_.count(n) &&
                !module_nonlocal) {
                PError e;
                e.message = "nonlocal declaration not allowed at module level";
                e.loc = s->loc;
                module_nonlocal = std::move(e);
            }
            note(c, n);
        }
        break;
    }
}

void Validator::expr(const Expr* e, const Context& c) {
    if (!e || err) return;
    switch (e->kind) {
    case ExprKind::Yield:
    case ExprKind::YieldFrom:
        if (symtable && c.scope == Scope::Comprehension) {
            const char* what = c.comprehension == ExprKind::ListComp   ? "list comprehension"
                               : c.comprehension == ExprKind::SetComp  ? "set comprehension"
                               : c.comprehension == ExprKind::DictComp ? "dict comprehension"
                                                                       : "generator expression";
            fail(e->loc, std::string("'yield' inside ") + what);
        }
        if (!symtable && (c.scope == Scope::Module || c.scope == Scope::Class))
            fail(e->loc, "'yield' outside function");
        expr(static_cast<const Yield*>(e)->value, c);
        break;
    case ExprKind::Await:
        if (!symtable && (c.scope == Scope::Module || c.scope == Scope::Class))
            fail(e->loc, "'await' outside function");
        if (!symtable && c.scope == Scope::Function) fail(e->loc, "'await' outside async function");
        expr(static_cast<const Yield*>(e)->value, c);
        break;
    case ExprKind::Lambda: {
        auto* l = static_cast<const Lambda*>(e);
        args(l->args, c);
        expr(l->body, function_scope(false));
        break;
    }
    case ExprKind::ListComp:
    case ExprKind::SetComp:
    case ExprKind::GeneratorExp: {
        auto* l = static_cast<const ListComp*>(e);
        comprehension(e, l->generators, c);
        break;
    }
    case ExprKind::DictComp:
        comprehension(e, static_cast<const DictComp*>(e)->generators, c);
        break;
    case ExprKind::Name: note(c, static_cast<const Name*>(e)->id); break;
    case ExprKind::Constant: break;
    case ExprKind::JoinedStr: exprs(static_cast<const JoinedStr*>(e)->values, c); break;
    case ExprKind::FormattedValue: {
        auto* f = static_cast<const FormattedValue*>(e);
        expr(f->value, c);
        expr(f->format_spec, c);
        break;
    }
    case ExprKind::BinOp: {
        auto* b = static_cast<const BinOp*>(e);
        expr(b->left, c);
        expr(b->right, c);
        break;
    }
    case ExprKind::UnaryOp: expr(static_cast<const UnaryOp*>(e)->operand, c); break;
    case ExprKind::BoolOp: exprs(static_cast<const BoolOp*>(e)->values, c); break;
    case ExprKind::Compare: {
        auto* k = static_cast<const Compare*>(e);
        expr(k->left, c);
        exprs(k->comparators, c);
        break;
    }
    case ExprKind::Call: {
        auto* k = static_cast<const Call*>(e);
        expr(k->func, c);
        exprs(k->args, c);
        for (const Keyword& kw : k->keywords) expr(kw.value, c);
        break;
    }
    case ExprKind::Attribute: expr(static_cast<const Attribute*>(e)->value, c); break;
    case ExprKind::Subscript: {
        auto* s = static_cast<const Subscript*>(e);
        expr(s->value, c);
        expr(s->slice, c);
        break;
    }
    case ExprKind::Slice: {
        auto* s = static_cast<const Slice*>(e);
        expr(s->lower, c);
        expr(s->upper, c);
        expr(s->step, c);
        break;
    }
    case ExprKind::List: exprs(static_cast<const List*>(e)->elts, c); break;
    case ExprKind::Tuple: exprs(static_cast<const Tuple*>(e)->elts, c); break;
    case ExprKind::Set: exprs(static_cast<const Set*>(e)->elts, c); break;
    case ExprKind::Dict: {
        auto* d = static_cast<const Dict*>(e);
        exprs(d->keys, c);
        exprs(d->values, c);
        break;
    }
    case ExprKind::IfExp: {
        auto* i = static_cast<const IfExp*>(e);
        expr(i->test, c);
        expr(i->body, c);
        expr(i->orelse, c);
        break;
    }
    case ExprKind::Starred: expr(static_cast<const Starred*>(e)->value, c); break;
    case ExprKind::NamedExpr: {
        auto* n = static_cast<const NamedExpr*>(e);
        expr(n->value, c);
        break;
    }
    }
}

// The first iterable is evaluated in the enclosing scope, the rest in the comprehension's.
void Validator::comprehension(const Expr* e, const std::vector<Comprehension>& gens,
                              const Context& c) {
    if (gens.empty()) return;
    expr(gens[0].iter, c);
    Context inner;
    inner.scope = Scope::Comprehension;
    inner.comprehension = e->kind;
    for (size_t i = 0; i < gens.size(); i++) {
        expr(gens[i].target, inner);
        if (i > 0) expr(gens[i].iter, inner);
        exprs(gens[i].ifs, inner);
    }
    if (e->kind == ExprKind::DictComp) {
        expr(static_cast<const DictComp*>(e)->key, inner);
        expr(static_cast<const DictComp*>(e)->value, inner);
    } else {
        expr(static_cast<const ListComp*>(e)->elt, inner);
    }
}

}  // namespace

std::optional<PError> validate(const Module& m) {
    Validator v;
    v.stmts(m.body, Context{});
    if (v.err) return v.err;
    if (v.module_nonlocal) return v.module_nonlocal;
    v.symtable = false;
    v.stmts(m.body, Context{});
    return v.err;
}

}  // namespace gs::parsing
