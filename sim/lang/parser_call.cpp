// Calls and their arguments (the grammar's "FUNCTION CALL ARGUMENTS"), and assignment
// targets. Targets are parsed as expressions (primary) and then checked, like CPython's
// _PyPegen_get_invalid_target does for its error messages.
#include "sim/lang/parser_internal.hpp"

namespace gs::parsing {

using namespace ast;

namespace {

Expr* last_comprehension_item(const Comprehension& c) {
    return c.ifs.empty() ? c.iter : c.ifs.back();
}

}  // namespace

// primary '(' ...: a call, or a call whose sole argument is a bare generator expression.
Expr* Parser::call(size_t start, Expr* func) {
    size_t lpar = pos_++;
    auto* c = m_.make<Call>();
    c->func = func;
    if (accept(Tok::RPar)) {
        c->loc = span(start);
        return c;
    }
    Expr* first = nullptr;
    if (!at(Tok::Star) && !at(Tok::DoubleStar) && !(at(Tok::Name) && kind(1) == Tok::Equal)) {
        first = at(Tok::Name) && kind(1) == Tok::ColonEqual ? named_expression() : expression();
        if (!first) return nullptr;
        if (!at(Tok::ColonEqual) && !at(Tok::Equal) &&
            (at(Tok::KwFor) || (at(Tok::KwAsync) && kind(1) == Tok::KwFor))) {
            auto* g = m_.make<ListComp>(ExprKind::GeneratorExp);
            g->elt = first;
            if (for_if_clauses(g->generators) && accept(Tok::RPar)) {
                g->loc = span(lpar);
                c->args.push_back(g);
                c->loc = span(start);
                return c;
            }
            if (failed()) return nullptr;
            if (in_diag()) invalid_arguments(lpar + 1);
            return nullptr;
        }
    }
    if (!arguments(lpar + 1, first, c->args, c->keywords)) return nullptr;
    if (!accept(Tok::RPar)) return nullptr;
    c->loc = span(start);
    return c;
}

// arguments: args [','] &')'  (pre: an already parsed first positional argument)
bool Parser::arguments(size_t start, Expr* pre, ExprList& args, std::vector<Keyword>& kws) {
    if (args_rule(start, pre, args, kws)) {
        accept(Tok::Comma);
        if (at(Tok::RPar)) return true;
    }
    if (!failed() && in_diag()) invalid_arguments(start);
    return false;
}

// args: positional arguments, then keyword arguments (kwarg_or_starred, then
// kwarg_or_double_starred). Stops before the first item that does not fit.
bool Parser::args_rule(size_t start, Expr* pre, ExprList& args, std::vector<Keyword>& kws) {
    int phase = 0;  // 0: positional, 1: keywords and *args, 2: keywords and **kwargs
    bool any = false;
    for (bool first = true;; first = false) {
        size_t before_comma = pos_;
        if (!first && !accept(Tok::Comma)) break;
        size_t item = first && pre ? start : pos_;
        bool ok = false;
        if (phase == 0) {
            Expr* e = nullptr;
            if (first && pre) {
                e = pre;
            } else if (at(Tok::Star)) {
                pos_++;
                Expr* v = expression();
                if (!v) {  // a keyword argument cannot start with '*' either: no retry
                    if (failed()) return false;
                    pos_ = before_comma;
                    break;
                }
                auto* s = make<Starred>(item);
                s->value = v;
                args.push_back(s);
                ok = true;
            } else if (!at(Tok::DoubleStar) && !(at(Tok::Name) && kind(1) == Tok::Equal)) {
                e = at(Tok::Name) && kind(1) == Tok::ColonEqual ? named_expression() : expression();
            }
            if (e && !at(Tok::Equal) && !at(Tok::ColonEqual)) {  // else: not positional
                args.push_back(e);
                ok = true;
            }
            if (failed()) return false;
            if (!ok) phase = 1;
        }
        if (!ok) {
            if (in_diag() && invalid_kwarg(item)) return false;
            pos_ = item;
            if (at(Tok::Name) && kind(1) == Tok::Equal) {
                pos_ += 2;
                if (Expr* v = expression()) {
                    Keyword k;
                    k.arg = std::string(text(toks_[item]));
                    k.value = v;
                    k.loc = span(item);
                    kws.push_back(std::move(k));
                    ok = true;
                }
            } else if (phase == 1 && at(Tok::Star)) {
                pos_++;
                if (Expr* v = expression()) {
                    auto* s = make<Starred>(item);
                    s->value = v;
                    args.push_back(s);
                    ok = true;
                }
            } else if (at(Tok::DoubleStar)) {
                phase = 2;
                pos_++;
                if (Expr* v = expression()) {
                    Keyword k;
                    k.value = v;
                    k.loc = span(item);
                    kws.push_back(std::move(k));
                    ok = true;
                }
            }
            if (failed()) return false;
        }
        if (!ok) {
            pos_ = before_comma;
            break;
        }
        any = true;
    }
    return any;
}

// invalid_kwarg; true when it raised.
bool Parser::invalid_kwarg(size_t item) {
    pos_ = item;
    const Token& a = peek();
    if ((a.kind == Tok::KwTrue || a.kind == Tok::KwFalse || a.kind == Tok::KwNone) &&
        kind(1) == Tok::Equal) {
        const Token& b = peek(1);
        return raise_range({a.line, a.col, a.end_line, a.end_col},
                           {b.line, b.col, b.end_line, b.end_col},
                           "cannot assign to " + std::string(text(a))),
               true;
    }
    if (a.kind == Tok::Name && kind(1) == Tok::Equal) {
        const Token& b = peek(1);
        pos_ += 2;
        std::vector<Comprehension> comps;
        if (expression() && at_for() && for_if_clauses(comps))
            return raise_range({a.line, a.col, a.end_line, a.end_col},
                               {b.line, b.col, b.end_line, b.end_col},
                               "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"),
                   true;
        pos_ = item;
        return failed();
    }
    pos_ = item;
    Expr* e = expression();  // memoised in the second pass
    if (e && at(Tok::Equal)) {
        const Token& b = peek();
        return raise_range(e->loc, {b.line, b.col, b.end_line, b.end_col},
                           "expression cannot contain assignment, perhaps you meant \"==\"?"),
               true;
    }
    pos_ = item;
    return failed();
}

// invalid_arguments; true when it raised.
bool Parser::invalid_arguments(size_t start) {
    ExprList args;
    std::vector<Keyword> kws;
    std::vector<Comprehension> comps;
    auto reset = [&] {
        pos_ = start;
        args.clear();
        kws.clear();
        comps.clear();
    };
    const char* kGenexp = "Generator expression must be parenthesized";
    reset();
    if (args_rule(start, nullptr, args, kws) && at(Tok::Comma) && kind(1) == Tok::Star)
        return raise_tok(peek(1), "iterable argument unpacking follows keyword argument unpacking"),
               true;
    if (failed()) return true;
    reset();
    if (Expr* a = expression(); a && for_if_clauses(comps) && at(Tok::Comma))
        return raise_range(a->loc, last_comprehension_item(comps.back())->loc, kGenexp), true;
    if (failed()) return true;
    reset();
    if (at(Tok::Name) && kind(1) == Tok::Equal) {
        const Token& a = peek();
        const Token& b = peek(1);
        pos_ += 2;
        if (expression() && for_if_clauses(comps))
            return raise_range({a.line, a.col, a.end_line, a.end_col},
                               {b.line, b.col, b.end_line, b.end_col},
                               "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"),
                   true;
        if (failed()) return true;
    }
    reset();
    if (args_rule(start, nullptr, args, kws) && for_if_clauses(comps)) {
        if (args.size() > 1)  // _PyPegen_nonparen_genexp_in_call
            return raise_range(args.back()->loc, last_comprehension_item(comps.back())->loc,
                               kGenexp),
                   true;
    }
    if (failed()) return true;
    reset();
    if (args_rule(start, nullptr, args, kws) && accept(Tok::Comma)) {
        if (Expr* a = expression(); a && for_if_clauses(comps))
            return raise_range(a->loc, last_comprehension_item(comps.back())->loc, kGenexp), true;
    }
    if (failed()) return true;
    reset();
    if (args_rule(start, nullptr, args, kws) && accept(Tok::Comma)) {
        bool unpacking = false;
        for (const Keyword& k : kws) unpacking |= k.arg.empty();
        ExprList args2;
        std::vector<Keyword> kws2;
        if (args_rule(pos_, nullptr, args2, kws2))
            return raise_last(unpacking ? "positional argument follows keyword argument unpacking"
                                        : "positional argument follows keyword argument"),
                   true;
    }
    pos_ = start;
    return failed();
}

// ---- targets ------------------------------------------------------------------------

// star_targets: star_target (',' star_target)* [',']  (for loops and comprehensions)
Expr* Parser::star_targets() {
    size_t start = pos_;
    Expr* a = star_target();
    if (!a || !at(Tok::Comma)) return a;
    auto* t = m_.make<Tuple>();
    t->ctx = Ctx::Store;
    t->elts.push_back(a);
    while (accept(Tok::Comma)) {
        size_t m = pos_;
        Expr* e = star_target();
        if (!e) {
            if (failed()) return nullptr;
            pos_ = m;
            break;
        }
        t->elts.push_back(e);
    }
    t->loc = span(start);
    return t;
}

Expr* Parser::star_target() {
    size_t start = pos_;
    if (at(Tok::Star)) {
        pos_++;
        if (at(Tok::Star)) return nullptr;
        DepthGuard g(*this);
        if (!g.enter()) return nullptr;
        Expr* t = star_target();
        if (!t) return nullptr;
        auto* s = make<Starred>(start);
        s->value = t;
        s->ctx = Ctx::Store;
        return s;
    }
    Expr* e = primary();
    if (!e) return nullptr;
    if (!set_context(e, Ctx::Store, Targets::Star)) {
        pos_ = start;
        return nullptr;
    }
    return e;
}

// Sets the context of a target, false when e is not a valid target.
bool Parser::set_context(Expr* e, Ctx ctx, Targets type) {
    switch (e->kind) {
    case ExprKind::Name: static_cast<Name*>(e)->ctx = ctx; return true;
    case ExprKind::Attribute: static_cast<Attribute*>(e)->ctx = ctx; return true;
    case ExprKind::Subscript: static_cast<Subscript*>(e)->ctx = ctx; return true;
    case ExprKind::Starred:
        if (type == Targets::Del) return false;
        static_cast<Starred*>(e)->ctx = ctx;
        return set_context(static_cast<Starred*>(e)->value, ctx, type);
    case ExprKind::Tuple:
    case ExprKind::List: {
        auto& elts =
            e->kind == ExprKind::Tuple ? static_cast<Tuple*>(e)->elts : static_cast<List*>(e)->elts;
        for (Expr* x : elts)
            if (!set_context(x, ctx, type)) return false;
        if (e->kind == ExprKind::Tuple)
            static_cast<Tuple*>(e)->ctx = ctx;
        else
            static_cast<List*>(e)->ctx = ctx;
        return true;
    }
    default: return false;
    }
}

// _PyPegen_get_invalid_target: the sub-expression that makes e an invalid target.
Expr* Parser::invalid_target(Expr* e, Targets type) {
    if (!e) return nullptr;
    switch (e->kind) {
    case ExprKind::List:
    case ExprKind::Tuple: {
        auto& elts =
            e->kind == ExprKind::Tuple ? static_cast<Tuple*>(e)->elts : static_cast<List*>(e)->elts;
        for (Expr* x : elts)
            if (Expr* bad = invalid_target(x, type)) return bad;
        return nullptr;
    }
    case ExprKind::Starred:
        if (type == Targets::Del) return e;
        return invalid_target(static_cast<Starred*>(e)->value, type);
    case ExprKind::Compare:
        // `for a in b` reaches here parsed as a comparison: look at its left side.
        if (type == Targets::For) {
            auto* c = static_cast<Compare*>(e);
            return c->ops[0] == CmpOp::In ? invalid_target(c->left, type) : nullptr;
        }
        return e;
    case ExprKind::Name:
    case ExprKind::Subscript:
    case ExprKind::Attribute: return nullptr;
    default: return e;
    }
}

std::nullptr_t Parser::raise_invalid_target(Expr* e, Targets type) {
    Expr* bad = invalid_target(e, type);
    if (!bad) return nullptr;
    const char* what = type == Targets::Del ? "cannot delete " : "cannot assign to ";
    return raise(bad->loc, what + std::string(expr_name(bad)));
}

const char* Parser::expr_name(const Expr* e) {
    switch (e->kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp:
    case ExprKind::BinOp:
    case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield:
    case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::Await: return "await expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Constant:
        switch (static_cast<const Constant*>(e)->ck) {
        case ConstKind::None: return "None";
        case ConstKind::True: return "True";
        case ConstKind::False: return "False";
        case ConstKind::Ellipsis: return "ellipsis";
        default: return "literal";
        }
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Slice: return "slice";
    }
    return "expression";
}

}  // namespace gs::parsing
