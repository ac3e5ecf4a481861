// Statements (the grammar's "GENERAL STATEMENTS", "SIMPLE STATEMENTS" and "COMPOUND
// STATEMENTS"). Each compound statement makes its second-pass checks (invalid_if_stmt,
// invalid_for_stmt, ...) where the grammar tries them: after its header.
#include "sim/lang/parser_internal.hpp"

namespace gs::parsing {

using namespace ast;

bool Parser::forced(Tok t, const char* what) {
    if (accept(t)) return true;
    raise_tok(peek(), std::string("expected '") + what + "'");
    return false;
}

// `':' NEWLINE !INDENT` after a compound header: IndentationError (second pass only).
bool Parser::missing_block(const std::string& what, int line) {
    if (!in_diag() || !at(Tok::Colon) || kind(1) != Tok::Newline || kind(2) == Tok::Indent)
        return false;
    raise_last("expected an indented block after " + what + " on line " + std::to_string(line),
               "IndentationError");
    return true;
}

bool Parser::file(StmtList& body) {
    if (!statements(body) && failed()) return false;
    return at(Tok::EndMarker);
}

bool Parser::statements(StmtList& out) {
    bool any = false;
    for (;;) {
        size_t m = pos_;
        if (!statement(out)) {
            if (failed()) return false;
            pos_ = m;
            return any;
        }
        any = true;
    }
}

bool Parser::statement(StmtList& out) {
    size_t m = pos_;
    if (Stmt* s = compound_stmt()) {
        out.push_back(s);
        return true;
    }
    if (failed()) return false;
    pos_ = m;
    return simple_stmts(out);
}

bool Parser::simple_stmts(StmtList& out) {
    StmtList list;
    for (;;) {
        Stmt* s = simple_stmt();
        if (!s) return false;
        list.push_back(s);
        if (!accept(Tok::Semi) || at(Tok::Newline)) break;
    }
    if (!accept(Tok::Newline)) return false;
    out.insert(out.end(), list.begin(), list.end());
    return true;
}

Stmt* Parser::simple_stmt() {
    size_t start = pos_;
    switch (kind()) {
    case Tok::KwPass:
    case Tok::KwBreak:
    case Tok::KwContinue: {
        Tok k = kind();
        pos_++;
        return make<Simple>(start, k == Tok::KwPass    ? StmtKind::Pass
                                   : k == Tok::KwBreak ? StmtKind::Break
                                                       : StmtKind::Continue);
    }
    case Tok::KwReturn: {
        pos_++;
        size_t m = pos_;
        Expr* v = star_expressions();
        if (!v) {
            if (failed()) return nullptr;
            pos_ = m;
        }
        auto* r = make<Return>(start);
        r->value = v;
        return r;
    }
    case Tok::KwRaise: {
        pos_++;
        auto* r = m_.make<Raise>();
        size_t m = pos_;
        if ((r->exc = expression())) {
            if (at(Tok::KwFrom)) {
                size_t f = pos_++;
                if (!(r->cause = expression())) {
                    if (failed()) return nullptr;
                    pos_ = f;
                }
            }
        } else {
            if (failed()) return nullptr;
            pos_ = m;
        }
        r->loc = span(start);
        return r;
    }
    case Tok::KwGlobal:
    case Tok::KwNonlocal: {
        auto* g = m_.make<NameList>(at(Tok::KwGlobal) ? StmtKind::Global : StmtKind::Nonlocal);
        do {
            pos_++;
            if (!at(Tok::Name)) return nullptr;
            g->names.emplace_back(text(peek()));
            pos_++;
        } while (at(Tok::Comma));
        g->loc = span(start);
        return g;
    }
    case Tok::KwDel: {
        pos_++;
        auto* d = m_.make<Delete>();
        for (;;) {
            size_t m = pos_;
            Expr* t = primary();
            if (!t || !set_context(t, Ctx::Del, Targets::Del)) {
                if (failed()) return nullptr;
                pos_ = m;
                break;
            }
            d->targets.push_back(t);
            if (!at(Tok::Comma)) break;
            pos_++;
        }
        if (!d->targets.empty() && (at(Tok::Semi) || at(Tok::Newline))) {
            d->loc = span(start);
            return d;
        }
        if (in_diag()) {  // invalid_del_stmt
            pos_ = start + 1;
            if (Expr* e = star_expressions()) raise_invalid_target(e, Targets::Del);
        }
        return nullptr;
    }
    case Tok::KwAssert: {
        pos_++;
        auto* a = m_.make<Assert>();
        if (!(a->test = expression())) return nullptr;
        if (at(Tok::Comma)) {
            size_t m = pos_++;
            if (!(a->msg = expression())) {
                if (failed()) return nullptr;
                pos_ = m;
            }
        }
        a->loc = span(start);
        return a;
    }
    case Tok::KwImport:
    case Tok::KwFrom: return import_stmt();
    default: return assignment_or_expr();
    }
}

// import_name | import_from
Stmt* Parser::import_stmt() {
    size_t start = pos_;
    auto dotted = [&](std::string& out) {
        if (!at(Tok::Name)) return false;
        out = std::string(text(peek()));
        pos_++;
        while (at(Tok::Dot) && kind(1) == Tok::Name) {
            out += '.';
            out += text(peek(1));
            pos_ += 2;
        }
        return true;
    };
    auto as_name = [&](Alias& a) {
        if (!at(Tok::KwAs)) return true;
        if (kind(1) != Tok::Name) return false;
        a.asname = std::string(text(peek(1)));
        pos_ += 2;
        return true;
    };
    if (accept(Tok::KwImport)) {
        auto* imp = m_.make<Import>();
        do {
            if (!imp->names.empty()) pos_++;  // ','
            Alias a;
            size_t astart = pos_;
            if (!dotted(a.name) || !as_name(a)) return nullptr;
            a.loc = span(astart);
            imp->names.push_back(std::move(a));
        } while (at(Tok::Comma));
        imp->loc = span(start);
        return imp;
    }
    pos_++;  // 'from'
    auto* f = m_.make<ImportFrom>();
    while (at(Tok::Dot) || at(Tok::Ellipsis)) f->level += accept(Tok::Dot) ? 1 : (pos_++, 3);
    if (at(Tok::Name)) {
        if (!dotted(f->module)) return nullptr;
    } else if (f->level == 0) {
        return nullptr;
    }
    if (!accept(Tok::KwImport)) return nullptr;
    if (at(Tok::Star)) {
        Alias a;
        a.name = "*";
        size_t s = pos_++;
        a.loc = span(s);
        f->names.push_back(std::move(a));
        f->loc = span(start);
        return f;
    }
    const bool paren = accept(Tok::LPar);
    for (;;) {
        Alias a;
        size_t astart = pos_;
        if (!at(Tok::Name)) break;
        a.name = std::string(text(peek()));
        pos_++;
        if (!as_name(a)) return nullptr;
        a.loc = span(astart);
        f->names.push_back(std::move(a));
        if (!at(Tok::Comma)) break;
        if (!paren && kind(1) == Tok::Newline) {
            if (in_diag()) {
                pos_ += 2;
                return raise_last("trailing comma not allowed without surrounding parentheses");
            }
            return nullptr;
        }
        pos_++;
        if (paren && at(Tok::RPar)) break;
    }
    if (f->names.empty() || (paren && !accept(Tok::RPar))) return nullptr;
    f->loc = span(start);
    return f;
}

// The rest of an annotated assignment, after its target: ':' expression ['=' annotated_rhs]
Stmt* Parser::ann_assign(size_t start, Expr* target, bool simple) {
    pos_++;  // ':'
    auto* a = m_.make<AnnAssign>();
    a->target = target;
    a->simple = simple;
    if (!(a->annotation = expression())) return nullptr;
    if (at(Tok::Equal)) {
        size_t m = pos_++;
        a->value = at(Tok::KwYield) ? yield_expr() : star_expressions();
        if (!a->value) {
            if (failed()) return nullptr;
            pos_ = m;
        }
    }
    a->loc = span(start);
    return a;
}

// assignment | star_expressions (an expression statement)
Stmt* Parser::assignment_or_expr() {
    size_t start = pos_;
    if (at(Tok::Name) && kind(1) == Tok::Colon) {  // NAME ':' expression ['=' annotated_rhs]
        pos_++;
        auto* target = make<Name>(start);
        target->id = std::string(text(toks_[start]));
        target->ctx = Ctx::Store;
        return ann_assign(start, target, true);
    }
    Expr* first = at(Tok::KwYield) ? yield_expr() : star_expressions();
    if (!first) return nullptr;
    if (at(Tok::Colon)) {  // an annotated assignment to a parenthesized name or a subscript
        bool parens = toks_[start].kind == Tok::LPar;
        bool ok = (first->kind == ExprKind::Name && parens) || first->kind == ExprKind::Attribute ||
                  first->kind == ExprKind::Subscript;
        if (!ok) return invalid_assignment(start);
        set_context(first, Ctx::Store, Targets::Star);
        return ann_assign(start, first, false);
    }
    if (at(Tok::Equal)) {
        auto* a = m_.make<Assign>();
        ExprList chain{first};
        while (accept(Tok::Equal)) {
            Expr* e = at(Tok::KwYield) ? yield_expr() : star_expressions();
            if (!e) return failed() ? nullptr : invalid_assignment(start);
            chain.push_back(e);
        }
        a->value = chain.back();
        chain.pop_back();
        for (Expr* t : chain)
            if (!set_context(t, Ctx::Store, Targets::Star)) return invalid_assignment(start);
        a->targets = std::move(chain);
        a->loc = span(start);
        return a;
    }
    Op op;
    switch (kind()) {
    case Tok::PlusEqual: op = Op::Add; break;
    case Tok::MinEqual: op = Op::Sub; break;
    case Tok::StarEqual: op = Op::Mult; break;
    case Tok::AtEqual: op = Op::MatMult; break;
    case Tok::SlashEqual: op = Op::Div; break;
    case Tok::PercentEqual: op = Op::Mod; break;
    case Tok::AmperEqual: op = Op::BitAnd; break;
    case Tok::VBarEqual: op = Op::BitOr; break;
    case Tok::CircumflexEqual: op = Op::BitXor; break;
    case Tok::LeftShiftEqual: op = Op::LShift; break;
    case Tok::RightShiftEqual: op = Op::RShift; break;
    case Tok::DoubleStarEqual: op = Op::Pow; break;
    case Tok::DoubleSlashEqual: op = Op::FloorDiv; break;
    default: {
        if (in_diag() && !at(Tok::Newline) && !at(Tok::Semi)) {
            size_t end = pos_;
            invalid_assignment(start);
            pos_ = end;
        }
        if (failed()) return nullptr;
        auto* s = make<ExprStmt>(start);
        s->value = first;
        return s;
    }
    }
    bool single = first->kind == ExprKind::Name || first->kind == ExprKind::Attribute ||
                  first->kind == ExprKind::Subscript;
    if (!single) return invalid_assignment(start);
    set_context(first, Ctx::Store, Targets::Star);
    pos_++;
    auto* a = m_.make<AugAssign>();
    a->target = first;
    a->op = op;
    if (!(a->value = at(Tok::KwYield) ? yield_expr() : star_expressions())) return nullptr;
    a->loc = span(start);
    return a;
}

// invalid_assignment: the messages for assignments to what cannot be assigned to.
Stmt* Parser::invalid_assignment(size_t start) {
    if (!in_diag()) return nullptr;
    auto restart = [&] { pos_ = start; };
    // a) invalid_ann_assign_target ':' expression: a list or tuple display, maybe in parens
    restart();
    if (at(Tok::LPar) || at(Tok::LSqb)) {
        Expr* a = atom();
        if (a && (a->kind == ExprKind::List || a->kind == ExprKind::Tuple) && accept(Tok::Colon) &&
            expression())
            return raise(a->loc, std::string("only single target (not ") + expr_name(a) +
                                     ") can be annotated");
        if (failed()) return nullptr;
    }
    // b) star_named_expression ',' star_named_expressions* ':' expression
    restart();
    if (Expr* a = star_named_expression(); a && accept(Tok::Comma)) {
        for (;;) {
            ExprList rest;
            size_t m = pos_;
            if (!star_named_expressions(rest, Tok::Colon)) {
                if (failed()) return nullptr;
                pos_ = m;
                break;
            }
        }
        if (accept(Tok::Colon) && expression())
            return raise(a->loc, "only single target (not tuple) can be annotated");
    }
    if (failed()) return nullptr;
    // c) expression ':' expression
    restart();
    if (Expr* a = expression(); a && accept(Tok::Colon) && expression())
        return raise(a->loc, "illegal target for annotation");
    if (failed()) return nullptr;
    // d) (star_targets '=')* star_expressions '='   e) ... yield_expr '='
    auto skip_targets = [&] {
        restart();
        for (;;) {
            size_t m = pos_;
            Expr* t = star_targets();
            if (!t || !accept(Tok::Equal)) {
                pos_ = m;
                return !failed();
            }
        }
    };
    if (!skip_targets()) return nullptr;
    if (Expr* a = star_expressions(); a && at(Tok::Equal)) {
        raise_invalid_target(a, Targets::Star);
        if (failed()) return nullptr;
    }
    if (failed() || !skip_targets()) return nullptr;
    if (at(Tok::KwYield)) {
        Expr* a = yield_expr();
        if (a && at(Tok::Equal))
            return raise(a->loc, "assignment to yield expression not possible");
    }
    if (failed()) return nullptr;
    // f) star_expressions augassign (yield_expr | star_expressions)
    restart();
    if (Expr* a = star_expressions()) {
        Tok k = kind();
        bool aug = k == Tok::PlusEqual || k == Tok::MinEqual || k == Tok::StarEqual ||
                   k == Tok::AtEqual || k == Tok::SlashEqual || k == Tok::PercentEqual ||
                   k == Tok::AmperEqual || k == Tok::VBarEqual || k == Tok::CircumflexEqual ||
                   k == Tok::LeftShiftEqual || k == Tok::RightShiftEqual ||
                   k == Tok::DoubleStarEqual || k == Tok::DoubleSlashEqual;
        if (aug) {
            pos_++;
            if (at(Tok::KwYield) ? yield_expr() : star_expressions())
                return raise(a->loc, std::string("'") + expr_name(a) +
                                         "' is an illegal expression for augmented assignment");
        }
    }
    return nullptr;
}

}  // namespace gs::parsing
