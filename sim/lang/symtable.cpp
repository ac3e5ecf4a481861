#include "sim/lang/symtable.hpp"

#include <algorithm>
#include <set>

namespace gs {

using namespace ast;

Resolution Scope::resolve(const std::string& n) const {
    auto it = res.find(n);
    if (it != res.end()) return it->second;
    return kind == ScopeKind::Module ? Resolution::GlobalImplicit : Resolution::GlobalImplicit;
}

std::vector<std::string> Scope::cellvars() const {
    std::vector<std::string> v;
    for (auto& [n, r] : res)
        if (r == Resolution::Cell) v.push_back(n);
    if (needs_class_cell) v.push_back("__class__");
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
}

std::vector<std::string> Scope::freevars() const {
    std::vector<std::string> v;
    for (auto& [n, r] : res)
        if (r == Resolution::Free) v.push_back(n);
    for (auto& [n, f] : flags)
        if ((f & DEF_FREE_CLASS) && kind == ScopeKind::Class) v.push_back(n);
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
}

namespace {

struct Builder {
    SymbolTable& st;
    Scope* cur = nullptr;
    std::optional<UserError> error;
    SourceRef source;

    void fail(const std::string& msg, const Loc& loc) {
        if (!error) error = UserError{"SyntaxError", msg, source, loc};
    }

    Scope* open(ScopeKind k, std::string name, const void* node) {
        auto s = std::make_unique<Scope>();
        s->kind = k;
        s->name = std::move(name);
        s->node = node;
        s->parent = cur;
        Scope* raw = s.get();
        st.by_node[node] = raw;
        if (cur) cur->children.push_back(std::move(s));
        else st.top = std::move(s);
        cur = raw;
        return raw;
    }
    void close() { cur = cur->parent; }

    void add(const std::string& n, uint32_t f, const Loc& loc) {
        auto it = cur->flags.find(n);
        if (it == cur->flags.end()) {
            cur->flags[n] = f;
            cur->order.push_back(n);
            return;
        }
        uint32_t old = it->second;
        if ((f & (DEF_LOCAL | DEF_PARAM)) && (old & DEF_NONLOCAL) == 0 && (old & DEF_GLOBAL) == 0) {
            // plain rebinding
        }
        if ((f & DEF_GLOBAL) && (old & (DEF_LOCAL | USE | DEF_PARAM))) {
            if (old & DEF_PARAM) fail("name '" + n + "' is parameter and global", loc);
            else if (old & DEF_LOCAL) fail("name '" + n + "' is assigned to before global declaration", loc);
            else fail("name '" + n + "' is used prior to global declaration", loc);
        }
        if ((f & DEF_NONLOCAL) && (old & (DEF_LOCAL | USE | DEF_PARAM))) {
            if (old & DEF_PARAM) fail("name '" + n + "' is parameter and nonlocal", loc);
            else if (old & DEF_LOCAL) fail("name '" + n + "' is assigned to before nonlocal declaration", loc);
            else fail("name '" + n + "' is used prior to nonlocal declaration", loc);
        }
        it->second = old | f;
    }

    void param(const std::string& n, const Loc& loc) {
        if (cur->flags.count(n) && (cur->flags[n] & DEF_PARAM)) {
            fail("duplicate argument '" + n + "' in function definition", loc);
            return;
        }
        add(n, DEF_PARAM, loc);
        cur->params.push_back(n);
    }

    void args(const Arguments& a) {
        for (auto& p : a.posonlyargs) param(p.name, p.loc);
        for (auto& p : a.args) param(p.name, p.loc);
        for (auto& p : a.kwonlyargs) param(p.name, p.loc);
        if (a.vararg) param(a.vararg->name, a.vararg->loc);
        if (a.kwarg) param(a.kwarg->name, a.kwarg->loc);
    }

    void defaults(const Arguments& a) {
        for (Expr* e : a.defaults) expr(e);
        for (Expr* e : a.kw_defaults)
            if (e) expr(e);
    }

    void body(const StmtList& b) {
        for (Stmt* s : b) stmt(s);
    }

    void stmt(Stmt* s) {
        switch (s->kind) {
            case StmtKind::Expr: expr(static_cast<ExprStmt*>(s)->value); break;
            case StmtKind::Assign: {
                auto* a = static_cast<Assign*>(s);
                expr(a->value);
                for (Expr* t : a->targets) expr(t);
                break;
            }
            case StmtKind::AugAssign: {
                auto* a = static_cast<AugAssign*>(s);
                expr(a->value);
                if (a->target->kind == ExprKind::Name) {
                    auto* n = static_cast<Name*>(a->target);
                    add(n->id, DEF_LOCAL | USE, n->loc);
                } else {
                    expr(a->target);
                }
                break;
            }
            case StmtKind::AnnAssign: {
                auto* a = static_cast<AnnAssign*>(s);
                if (a->value) expr(a->value);
                expr(a->target);
                break;
            }
            case StmtKind::If: {
                auto* i = static_cast<If*>(s);
                expr(i->test);
                body(i->body);
                body(i->orelse);
                break;
            }
            case StmtKind::While: {
                auto* w = static_cast<While*>(s);
                expr(w->test);
                body(w->body);
                body(w->orelse);
                break;
            }
            case StmtKind::For: {
                auto* f = static_cast<For*>(s);
                expr(f->iter);
                expr(f->target);
                body(f->body);
                body(f->orelse);
                break;
            }
            case StmtKind::FunctionDef: {
                auto* f = static_cast<FunctionDef*>(s);
                for (Expr* d : f->decorators) expr(d);
                defaults(f->args);
                add(f->name, DEF_LOCAL, f->loc);
                open(ScopeKind::Function, f->name, f);
                args(f->args);
                body(f->body);
                close();
                break;
            }
            case StmtKind::ClassDef: {
                auto* c = static_cast<ClassDef*>(s);
                for (Expr* d : c->decorators) expr(d);
                for (Expr* b : c->bases) expr(b);
                for (auto& k : c->keywords) expr(k.value);
                add(c->name, DEF_LOCAL, c->loc);
                open(ScopeKind::Class, c->name, c);
                body(c->body);
                close();
                break;
            }
            case StmtKind::Return: {
                auto* r = static_cast<Return*>(s);
                if (r->value) expr(r->value);
                break;
            }
            case StmtKind::Delete:
                for (Expr* t : static_cast<Delete*>(s)->targets) expr(t);
                break;
            case StmtKind::With: {
                auto* w = static_cast<With*>(s);
                for (auto& it : w->items) {
                    expr(it.context_expr);
                    if (it.optional_vars) expr(it.optional_vars);
                }
                body(w->body);
                break;
            }
            case StmtKind::Raise: {
                auto* r = static_cast<Raise*>(s);
                if (r->exc) expr(r->exc);
                if (r->cause) expr(r->cause);
                break;
            }
            case StmtKind::Try: {
                auto* t = static_cast<Try*>(s);
                body(t->body);
                for (auto& h : t->handlers) {
                    if (h.type) expr(h.type);
                    if (!h.name.empty()) add(h.name, DEF_LOCAL, h.loc);
                    body(h.body);
                }
                body(t->orelse);
                body(t->finalbody);
                break;
            }
            case StmtKind::Assert: {
                auto* a = static_cast<Assert*>(s);
                expr(a->test);
                if (a->msg) expr(a->msg);
                break;
            }
            case StmtKind::Import:
                for (auto& al : static_cast<Import*>(s)->names) {
                    std::string n = al.asname.empty() ? al.name.substr(0, al.name.find('.')) : al.asname;
                    add(n, DEF_LOCAL, al.loc);
                }
                break;
            case StmtKind::ImportFrom:
                for (auto& al : static_cast<ImportFrom*>(s)->names) {
                    if (al.name == "*") {
                        if (cur->kind != ScopeKind::Module) fail("import * only allowed at module level", s->loc);
                        continue;
                    }
                    add(al.asname.empty() ? al.name : al.asname, DEF_LOCAL, al.loc);
                }
                break;
            case StmtKind::Global:
                for (auto& n : static_cast<NameList*>(s)->names) add(n, DEF_GLOBAL, s->loc);
                break;
            case StmtKind::Nonlocal:
                if (cur->kind == ScopeKind::Module) {
                    fail("nonlocal declaration not allowed at module level", s->loc);
                    break;
                }
                for (auto& n : static_cast<NameList*>(s)->names) add(n, DEF_NONLOCAL, s->loc);
                break;
            case StmtKind::Break:
            case StmtKind::Continue:
            case StmtKind::Pass: break;
        }
    }

    void comprehension(Expr* node, const std::vector<Comprehension>& gens, Expr* elt, Expr* key, Expr* value,
                       const char* name) {
        // The first iterable is evaluated in the enclosing scope.
        expr(gens[0].iter);
        open(ScopeKind::Comprehension, name, node);
        param(".0", node->loc);
        for (size_t i = 0; i < gens.size(); i++) {
            if (i > 0) expr(gens[i].iter);
            expr(gens[i].target);
            for (Expr* c : gens[i].ifs) expr(c);
        }
        if (elt) expr(elt);
        if (key) expr(key);
        if (value) expr(value);
        close();
    }

    void expr(Expr* e) {
        if (!e) return;
        switch (e->kind) {
            case ExprKind::Name: {
                auto* n = static_cast<Name*>(e);
                if (n->ctx == Ctx::Load) {
                    add(n->id, USE, n->loc);
                    if (n->id == "super" || n->id == "__class__") cur->uses_super = true;
                } else {
                    add(n->id, DEF_LOCAL, n->loc);
                }
                break;
            }
            case ExprKind::Constant: break;
            case ExprKind::JoinedStr:
                for (Expr* v : static_cast<JoinedStr*>(e)->values) expr(v);
                break;
            case ExprKind::FormattedValue: {
                auto* f = static_cast<FormattedValue*>(e);
                expr(f->value);
                expr(f->format_spec);
                break;
            }
            case ExprKind::BinOp: {
                auto* b = static_cast<BinOp*>(e);
                expr(b->left);
                expr(b->right);
                break;
            }
            case ExprKind::UnaryOp: expr(static_cast<UnaryOp*>(e)->operand); break;
            case ExprKind::BoolOp:
                for (Expr* v : static_cast<BoolOp*>(e)->values) expr(v);
                break;
            case ExprKind::Compare: {
                auto* c = static_cast<Compare*>(e);
                expr(c->left);
                for (Expr* v : c->comparators) expr(v);
                break;
            }
            case ExprKind::Call: {
                auto* c = static_cast<Call*>(e);
                expr(c->func);
                for (Expr* a : c->args) expr(a);
                for (auto& k : c->keywords) expr(k.value);
                break;
            }
            case ExprKind::Attribute: expr(static_cast<Attribute*>(e)->value); break;
            case ExprKind::Subscript: {
                auto* s = static_cast<Subscript*>(e);
                expr(s->value);
                expr(s->slice);
                break;
            }
            case ExprKind::Slice: {
                auto* s = static_cast<ast::Slice*>(e);
                expr(s->lower);
                expr(s->upper);
                expr(s->step);
                break;
            }
            case ExprKind::List:
                for (Expr* v : static_cast<ast::List*>(e)->elts) expr(v);
                break;
            case ExprKind::Tuple:
                for (Expr* v : static_cast<ast::Tuple*>(e)->elts) expr(v);
                break;
            case ExprKind::Set:
                for (Expr* v : static_cast<ast::Set*>(e)->elts) expr(v);
                break;
            case ExprKind::Dict: {
                auto* d = static_cast<ast::Dict*>(e);
                for (size_t i = 0; i < d->values.size(); i++) {
                    expr(d->keys[i]);
                    expr(d->values[i]);
                }
                break;
            }
            case ExprKind::ListComp:
            case ExprKind::SetComp:
            case ExprKind::GeneratorExp: {
                auto* c = static_cast<ListComp*>(e);
                const char* nm = e->kind == ExprKind::ListComp ? "<listcomp>"
                               : e->kind == ExprKind::SetComp ? "<setcomp>" : "<genexpr>";
                comprehension(e, c->generators, c->elt, nullptr, nullptr, nm);
                break;
            }
            case ExprKind::DictComp: {
                auto* c = static_cast<DictComp*>(e);
                comprehension(e, c->generators, nullptr, c->key, c->value, "<dictcomp>");
                break;
            }
            case ExprKind::Lambda: {
                auto* l = static_cast<Lambda*>(e);
                defaults(l->args);
                open(ScopeKind::Lambda, "<lambda>", l);
                args(l->args);
                expr(l->body);
                close();
                break;
            }
            case ExprKind::IfExp: {
                auto* i = static_cast<IfExp*>(e);
                expr(i->test);
                expr(i->body);
                expr(i->orelse);
                break;
            }
            case ExprKind::Starred: expr(static_cast<Starred*>(e)->value); break;
            case ExprKind::Yield:
            case ExprKind::YieldFrom:
            case ExprKind::Await: {
                auto* y = static_cast<Yield*>(e);
                if (!cur->is_generator) cur->first_yield = e->loc;
                cur->is_generator = true;
                if (e->kind != ExprKind::Await) cur->has_yield = true;
                expr(y->value);
                break;
            }
            case ExprKind::NamedExpr: {
                auto* n = static_cast<NamedExpr*>(e);
                expr(n->value);
                auto* target = static_cast<Name*>(n->target);
                // PEP 572: inside a comprehension, the name binds in the enclosing scope.
                if (cur->kind == ScopeKind::Comprehension) {
                    Scope* outer = cur;
                    while (outer->kind == ScopeKind::Comprehension) outer = outer->parent;
                    if (outer->kind == ScopeKind::Class) {
                        fail("assignment expression within a comprehension cannot be used in a class body",
                             n->loc);
                        break;
                    }
                    Scope* saved = cur;
                    cur = outer;
                    add(target->id, DEF_LOCAL, target->loc);
                    cur = saved;
                    add(target->id, outer->kind == ScopeKind::Module ? DEF_GLOBAL : DEF_NONLOCAL, target->loc);
                } else {
                    add(target->id, DEF_LOCAL, target->loc);
                }
                break;
            }
        }
    }
};

// Resolves every name of `s`, given the names bound by enclosing function scopes.
// Returns the free names of s (which its parent must provide).
std::set<std::string> analyze(Scope* s, const std::set<std::string>& enclosing, std::optional<UserError>& err,
                              SourceRef src) {
    for (auto& [n, f] : s->flags) {
        Resolution r;
        if (f & DEF_GLOBAL) r = Resolution::GlobalExplicit;
        else if (f & DEF_NONLOCAL) {
            if (!enclosing.count(n)) {
                if (!err) err = UserError{"SyntaxError", "no binding for nonlocal '" + n + "' found", src, {}};
                r = Resolution::GlobalImplicit;
            } else {
                r = Resolution::Free;
            }
        } else if (f & (DEF_LOCAL | DEF_PARAM)) r = Resolution::Local;
        else if (s->kind != ScopeKind::Module && enclosing.count(n)) r = Resolution::Free;
        else r = Resolution::GlobalImplicit;
        s->res[n] = r;
    }
    if (s->is_function() && s->uses_super && enclosing.count("__class__")) s->res["__class__"] = Resolution::Free;

    std::set<std::string> child_bound;
    if (s->is_function()) {
        child_bound = enclosing;
        for (auto& [n, r] : s->res)
            if (r == Resolution::Local || r == Resolution::Free) child_bound.insert(n);
            else if (r == Resolution::GlobalExplicit) child_bound.erase(n);
    } else if (s->kind == ScopeKind::Class) {
        child_bound = enclosing;
        child_bound.insert("__class__");
    }
    std::set<std::string> free;
    for (auto& [n, r] : s->res)
        if (r == Resolution::Free) free.insert(n);
    for (auto& c : s->children) {
        std::set<std::string> cf = analyze(c.get(), child_bound, err, src);
        for (const std::string& n : cf) {
            if (s->kind == ScopeKind::Class) {
                if (n == "__class__") {
                    s->needs_class_cell = true;
                    continue;
                }
                // Free in a method: passes through the class body to the outer function.
                s->flags[n] |= DEF_FREE_CLASS;
                free.insert(n);
                continue;
            }
            auto it = s->res.find(n);
            if (it != s->res.end() && it->second == Resolution::Local && s->is_function()) {
                it->second = Resolution::Cell;
            } else if (it == s->res.end() || it->second == Resolution::GlobalImplicit) {
                s->res[n] = Resolution::Free;
                free.insert(n);
            }
        }
    }
    return free;
}

}  // namespace

std::variant<std::unique_ptr<SymbolTable>, UserError> build_symtable(const ast::Module& m) {
    auto st = std::make_unique<SymbolTable>();
    Builder b{*st, nullptr, std::nullopt, m.source};
    b.open(ScopeKind::Module, "<module>", &m);
    b.body(m.body);
    b.close();
    if (b.error) return *b.error;
    std::optional<UserError> err;
    analyze(st->top.get(), {}, err, m.source);
    if (err) return *err;
    return st;
}

}  // namespace gs
