// ast::dump and ast::dump_locs: Python 3.11's ast.dump() text, and the locations of the
// nodes in the same order, for comparing the parser with CPython's. One traversal serves
// both: a field is printed in dump mode and only visited in locs mode.
#include <charconv>
#include <cmath>
#include <cstdio>

#include "sim/lang/ast.hpp"
#include "sim/lang/lexer.hpp"

namespace gs::ast {

namespace {

const char* op_name(Op op) {
    static constexpr const char* kNames[] = {"Add",    "Sub",    "Mult",    "MatMult", "Div",
                                             "Mod",    "Pow",    "LShift",  "RShift",  "BitOr",
                                             "BitXor", "BitAnd", "FloorDiv"};
    return kNames[int(op)];
}
const char* cmp_name(CmpOp op) {
    static constexpr const char* kNames[] = {"Eq",  "NotEq", "Lt",    "LtE", "Gt",
                                             "GtE", "Is",    "IsNot", "In",  "NotIn"};
    return kNames[int(op)];
}
const char* ctx_name(Ctx c) {
    return c == Ctx::Load ? "Load()" : c == Ctx::Store ? "Store()" : "Del()";
}

void append_hex(std::string& out, const char* prefix, unsigned v, int digits) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%s%0*x", prefix, digits, v);
    out += buf;
}

// Python's repr() of a str (UTF-8) or bytes.
std::string py_repr(const std::string& s, bool bytes) {
    bool sq = s.find('\'') != std::string::npos, dq = s.find('"') != std::string::npos;
    char quote = sq && !dq ? '"' : '\'';
    std::string out = bytes ? "b" : "";
    out += quote;
    for (size_t i = 0; i < s.size();) {
        unsigned char c = (unsigned char)s[i];
        char32_t cp = c;
        int len = 1;
        if (!bytes && c >= 0x80) cp = lex::decode_utf8(s, i, &len);
        if (cp == char32_t(quote) || cp == '\\')
            out += '\\', out += char(cp);
        else if (cp == '\t')
            out += "\\t";
        else if (cp == '\n')
            out += "\\n";
        else if (cp == '\r')
            out += "\\r";
        else if (cp < 0x20 || cp == 0x7f || (bytes && cp >= 0x80))
            append_hex(out, "\\x", unsigned(cp), 2);
        else if (cp < 0x80 || lex::unicode_printable(cp))
            out.append(s, i, size_t(len));
        else if (cp <= 0xff)
            append_hex(out, "\\x", unsigned(cp), 2);
        else if (cp <= 0xffff)
            append_hex(out, "\\u", unsigned(cp), 4);
        else
            append_hex(out, "\\U", unsigned(cp), 8);
        i += size_t(len);
    }
    out += quote;
    return out;
}

// Python's repr() of a float: the shortest round-trip digits, in fixed notation when the
// decimal exponent is in [-4, 16).
std::string float_repr(double f) {
    if (std::isnan(f)) return "nan";
    if (std::isinf(f)) return f < 0 ? "-inf" : "inf";
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, f, std::chars_format::scientific);
    std::string sci(buf, r.ptr);
    std::string sign;
    if (sci[0] == '-') sign = "-", sci.erase(0, 1);
    size_t e = sci.find('e');
    int exp = std::stoi(sci.substr(e + 1));
    std::string digits;
    for (size_t i = 0; i < e; i++)
        if (sci[i] != '.') digits += sci[i];
    int decpt = exp + 1;  // digits are 0.d1d2... * 10^decpt
    std::string out;
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            out = "0." + std::string(size_t(-decpt), '0') + digits;
        } else if (size_t(decpt) >= digits.size()) {
            out = digits + std::string(size_t(decpt) - digits.size(), '0') + ".0";
        } else {
            out = digits.substr(0, size_t(decpt)) + "." + digits.substr(size_t(decpt));
        }
    } else {
        out = digits.substr(0, 1);
        if (digits.size() > 1) out += "." + digits.substr(1);
        char eb[16];
        std::snprintf(eb, sizeof eb, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
        out += eb;
    }
    return sign + out;
}

class Dumper {
public:
    explicit Dumper(bool locs) : locs_(locs) {}
    std::string out;

    void module(const Module& m) {
        begin("Module", nullptr);
        stmts("body", m.body);
        raw("type_ignores", "[]");
        end();
    }

private:
    bool locs_;
    std::vector<bool> first_;

    void begin(const char* cls, const Loc* loc) {
        if (locs_) {
            if (loc) {
                char buf[96];
                std::snprintf(buf, sizeof buf, "%s %d %d %d %d\n", cls, loc->line, loc->col,
                              loc->end_line, loc->end_col);
                out += buf;
            }
            return;
        }
        out += cls;
        out += '(';
        first_.push_back(true);
    }
    void end() {
        if (locs_) return;
        out += ')';
        first_.pop_back();
    }
    void name(const char* n) {
        if (!first_.back()) out += ", ";
        first_.back() = false;
        out += n;
        out += '=';
    }
    void raw(const char* n, const std::string& text) {
        if (locs_) return;
        name(n);
        out += text;
    }
    void str(const char* n, const std::string& s, bool optional = false) {
        if (!(optional && s.empty())) raw(n, py_repr(s, false));
    }
    void field(const char* n, const Expr* e, bool optional = true) {
        if (!e && optional) return;
        if (!locs_) name(n);
        if (e)
            expr(e);
        else if (!locs_)
            out += "None";
    }
    template <class T, class F>
    void list(const char* n, const std::vector<T>& v, F each) {
        if (!locs_) {
            name(n);
            out += '[';
        }
        for (size_t i = 0; i < v.size(); i++) {
            if (!locs_ && i) out += ", ";
            each(v[i]);
        }
        if (!locs_) out += ']';
    }
    void exprs(const char* n, const ExprList& v) {
        list(n, v, [&](const Expr* e) {
            if (e)
                expr(e);
            else if (!locs_)
                out += "None";
        });
    }
    void stmts(const char* n, const StmtList& v) {
        list(n, v, [&](const Stmt* s) { stmt(s); });
    }
    void arg(const Arg& a) {
        begin("arg", &a.loc);
        str("arg", a.name);
        field("annotation", a.annotation);
        end();
    }
    void arguments(const Arguments& a) {
        if (!locs_) name("args");
        begin("arguments", nullptr);
        list("posonlyargs", a.posonlyargs, [&](const Arg& x) { arg(x); });
        list("args", a.args, [&](const Arg& x) { arg(x); });
        if (a.vararg) {
            if (!locs_) name("vararg");
            arg(*a.vararg);
        }
        list("kwonlyargs", a.kwonlyargs, [&](const Arg& x) { arg(x); });
        exprs("kw_defaults", a.kw_defaults);
        if (a.kwarg) {
            if (!locs_) name("kwarg");
            arg(*a.kwarg);
        }
        exprs("defaults", a.defaults);
        end();
    }
    void keywords(const std::vector<Keyword>& v) {
        list("keywords", v, [&](const Keyword& k) {
            begin("keyword", &k.loc);
            str("arg", k.arg, true);
            field("value", k.value);
            end();
        });
    }
    void aliases(const std::vector<Alias>& v) {
        list("names", v, [&](const Alias& a) {
            begin("alias", &a.loc);
            str("name", a.name);
            str("asname", a.asname, true);
            end();
        });
    }
    void generators(const std::vector<Comprehension>& v) {
        list("generators", v, [&](const Comprehension& c) {
            begin("comprehension", nullptr);
            field("target", c.target);
            field("iter", c.iter);
            exprs("ifs", c.ifs);
            raw("is_async", c.is_async ? "1" : "0");
            end();
        });
    }
    void constant(const Constant* c) {
        switch (c->ck) {
        case ConstKind::None: raw("value", "None"); break;
        case ConstKind::True: raw("value", "True"); break;
        case ConstKind::False: raw("value", "False"); break;
        case ConstKind::Ellipsis: raw("value", "Ellipsis"); break;
        case ConstKind::Int: raw("value", std::to_string(c->i)); break;
        case ConstKind::Float: raw("value", float_repr(c->f)); break;
        case ConstKind::Str: raw("value", py_repr(c->s, false)); break;
        case ConstKind::Bytes: raw("value", py_repr(c->s, true)); break;
        }
        if (c->kind_u) raw("kind", "'u'");
    }
    void expr(const Expr* e);
    void stmt(const Stmt* s);
};

void Dumper::expr(const Expr* e) {
    const Loc* loc = &e->loc;
    switch (e->kind) {
    case ExprKind::Name: {
        auto* n = static_cast<const Name*>(e);
        begin("Name", loc);
        str("id", n->id);
        raw("ctx", ctx_name(n->ctx));
        break;
    }
    case ExprKind::Constant:
        begin("Constant", loc);
        constant(static_cast<const Constant*>(e));
        break;
    case ExprKind::JoinedStr:
        begin("JoinedStr", loc);
        exprs("values", static_cast<const JoinedStr*>(e)->values);
        break;
    case ExprKind::FormattedValue: {
        auto* f = static_cast<const FormattedValue*>(e);
        begin("FormattedValue", loc);
        field("value", f->value);
        raw("conversion", std::to_string(f->conversion ? int(f->conversion) : -1));
        field("format_spec", f->format_spec);
        break;
    }
    case ExprKind::BinOp: {
        auto* b = static_cast<const BinOp*>(e);
        begin("BinOp", loc);
        field("left", b->left);
        raw("op", std::string(op_name(b->op)) + "()");
        field("right", b->right);
        break;
    }
    case ExprKind::UnaryOp: {
        auto* u = static_cast<const UnaryOp*>(e);
        static constexpr const char* kOps[] = {"Invert()", "Not()", "UAdd()", "USub()"};
        begin("UnaryOp", loc);
        raw("op", kOps[int(u->op)]);
        field("operand", u->operand);
        break;
    }
    case ExprKind::BoolOp: {
        auto* b = static_cast<const BoolOp*>(e);
        begin("BoolOp", loc);
        raw("op", b->op == BoolOpKind::And ? "And()" : "Or()");
        exprs("values", b->values);
        break;
    }
    case ExprKind::Compare: {
        auto* c = static_cast<const Compare*>(e);
        begin("Compare", loc);
        field("left", c->left);
        std::string ops = "[";
        for (size_t i = 0; i < c->ops.size(); i++)
            ops += std::string(i ? ", " : "") + cmp_name(c->ops[i]) + "()";
        raw("ops", ops + "]");
        exprs("comparators", c->comparators);
        break;
    }
    case ExprKind::Call: {
        auto* c = static_cast<const Call*>(e);
        begin("Call", loc);
        field("func", c->func);
        exprs("args", c->args);
        keywords(c->keywords);
        break;
    }
    case ExprKind::Attribute: {
        auto* a = static_cast<const Attribute*>(e);
        begin("Attribute", loc);
        field("value", a->value);
        str("attr", a->attr);
        raw("ctx", ctx_name(a->ctx));
        break;
    }
    case ExprKind::Subscript: {
        auto* s = static_cast<const Subscript*>(e);
        begin("Subscript", loc);
        field("value", s->value);
        field("slice", s->slice);
        raw("ctx", ctx_name(s->ctx));
        break;
    }
    case ExprKind::Slice: {
        auto* s = static_cast<const Slice*>(e);
        begin("Slice", loc);
        field("lower", s->lower);
        field("upper", s->upper);
        field("step", s->step);
        break;
    }
    case ExprKind::List:
        begin("List", loc);
        exprs("elts", static_cast<const List*>(e)->elts);
        raw("ctx", ctx_name(static_cast<const List*>(e)->ctx));
        break;
    case ExprKind::Tuple:
        begin("Tuple", loc);
        exprs("elts", static_cast<const Tuple*>(e)->elts);
        raw("ctx", ctx_name(static_cast<const Tuple*>(e)->ctx));
        break;
    case ExprKind::Dict:
        begin("Dict", loc);
        exprs("keys", static_cast<const Dict*>(e)->keys);
        exprs("values", static_cast<const Dict*>(e)->values);
        break;
    case ExprKind::Set:
        begin("Set", loc);
        exprs("elts", static_cast<const Set*>(e)->elts);
        break;
    case ExprKind::ListComp:
    case ExprKind::SetComp:
    case ExprKind::GeneratorExp: {
        auto* c = static_cast<const ListComp*>(e);
        begin(e->kind == ExprKind::ListComp  ? "ListComp"
              : e->kind == ExprKind::SetComp ? "SetComp"
                                             : "GeneratorExp",
              loc);
        field("elt", c->elt);
        generators(c->generators);
        break;
    }
    case ExprKind::DictComp: {
        auto* c = static_cast<const DictComp*>(e);
        begin("DictComp", loc);
        field("key", c->key);
        field("value", c->value);
        generators(c->generators);
        break;
    }
    case ExprKind::Lambda: {
        auto* l = static_cast<const Lambda*>(e);
        begin("Lambda", loc);
        arguments(l->args);
        field("body", l->body);
        break;
    }
    case ExprKind::IfExp: {
        auto* i = static_cast<const IfExp*>(e);
        begin("IfExp", loc);
        field("test", i->test);
        field("body", i->body);
        field("orelse", i->orelse);
        break;
    }
    case ExprKind::Starred: {
        auto* s = static_cast<const Starred*>(e);
        begin("Starred", loc);
        field("value", s->value);
        raw("ctx", ctx_name(s->ctx));
        break;
    }
    case ExprKind::Yield:
    case ExprKind::YieldFrom:
    case ExprKind::Await:
        begin(e->kind == ExprKind::Yield       ? "Yield"
              : e->kind == ExprKind::YieldFrom ? "YieldFrom"
                                               : "Await",
              loc);
        field("value", static_cast<const Yield*>(e)->value);
        break;
    case ExprKind::NamedExpr: {
        auto* n = static_cast<const NamedExpr*>(e);
        begin("NamedExpr", loc);
        field("target", n->target);
        field("value", n->value);
        break;
    }
    }
    end();
}

void Dumper::stmt(const Stmt* s) {
    const Loc* loc = &s->loc;
    switch (s->kind) {
    case StmtKind::Expr:
        begin("Expr", loc);
        field("value", static_cast<const ExprStmt*>(s)->value);
        break;
    case StmtKind::Assign: {
        auto* a = static_cast<const Assign*>(s);
        begin("Assign", loc);
        exprs("targets", a->targets);
        field("value", a->value);
        break;
    }
    case StmtKind::AugAssign: {
        auto* a = static_cast<const AugAssign*>(s);
        begin("AugAssign", loc);
        field("target", a->target);
        raw("op", std::string(op_name(a->op)) + "()");
        field("value", a->value);
        break;
    }
    case StmtKind::AnnAssign: {
        auto* a = static_cast<const AnnAssign*>(s);
        begin("AnnAssign", loc);
        field("target", a->target);
        field("annotation", a->annotation);
        field("value", a->value);
        raw("simple", a->simple ? "1" : "0");
        break;
    }
    case StmtKind::If: {
        auto* i = static_cast<const If*>(s);
        begin("If", loc);
        field("test", i->test);
        stmts("body", i->body);
        stmts("orelse", i->orelse);
        break;
    }
    case StmtKind::While: {
        auto* w = static_cast<const While*>(s);
        begin("While", loc);
        field("test", w->test);
        stmts("body", w->body);
        stmts("orelse", w->orelse);
        break;
    }
    case StmtKind::For: {
        auto* f = static_cast<const For*>(s);
        begin(f->is_async ? "AsyncFor" : "For", loc);
        field("target", f->target);
        field("iter", f->iter);
        stmts("body", f->body);
        stmts("orelse", f->orelse);
        break;
    }
    case StmtKind::Break: begin("Break", loc); break;
    case StmtKind::Continue: begin("Continue", loc); break;
    case StmtKind::Pass: begin("Pass", loc); break;
    case StmtKind::FunctionDef: {
        auto* f = static_cast<const FunctionDef*>(s);
        begin(f->is_async ? "AsyncFunctionDef" : "FunctionDef", loc);
        str("name", f->name);
        arguments(f->args);
        stmts("body", f->body);
        exprs("decorator_list", f->decorators);
        field("returns", f->returns);
        break;
    }
    case StmtKind::Return:
        begin("Return", loc);
        field("value", static_cast<const Return*>(s)->value);
        break;
    case StmtKind::ClassDef: {
        auto* c = static_cast<const ClassDef*>(s);
        begin("ClassDef", loc);
        str("name", c->name);
        exprs("bases", c->bases);
        keywords(c->keywords);
        stmts("body", c->body);
        exprs("decorator_list", c->decorators);
        break;
    }
    case StmtKind::Try: {
        auto* t = static_cast<const Try*>(s);
        begin("Try", loc);
        stmts("body", t->body);
        list("handlers", t->handlers, [&](const ExceptHandler& h) {
            begin("ExceptHandler", &h.loc);
            field("type", h.type);
            str("name", h.name, true);
            stmts("body", h.body);
            end();
        });
        stmts("orelse", t->orelse);
        stmts("finalbody", t->finalbody);
        break;
    }
    case StmtKind::Raise: {
        auto* r = static_cast<const Raise*>(s);
        begin("Raise", loc);
        field("exc", r->exc);
        field("cause", r->cause);
        break;
    }
    case StmtKind::Assert: {
        auto* a = static_cast<const Assert*>(s);
        begin("Assert", loc);
        field("test", a->test);
        field("msg", a->msg);
        break;
    }
    case StmtKind::Delete:
        begin("Delete", loc);
        exprs("targets", static_cast<const Delete*>(s)->targets);
        break;
    case StmtKind::With: {
        auto* w = static_cast<const With*>(s);
        begin(w->is_async ? "AsyncWith" : "With", loc);
        list("items", w->items, [&](const WithItem& it) {
            begin("withitem", nullptr);
            field("context_expr", it.context_expr);
            field("optional_vars", it.optional_vars);
            end();
        });
        stmts("body", w->body);
        break;
    }
    case StmtKind::Import:
        begin("Import", loc);
        aliases(static_cast<const Import*>(s)->names);
        break;
    case StmtKind::ImportFrom: {
        auto* f = static_cast<const ImportFrom*>(s);
        begin("ImportFrom", loc);
        str("module", f->module, true);
        aliases(f->names);
        raw("level", std::to_string(f->level));
        break;
    }
    case StmtKind::Global:
    case StmtKind::Nonlocal: {
        auto* n = static_cast<const NameList*>(s);
        begin(s->kind == StmtKind::Global ? "Global" : "Nonlocal", loc);
        std::string names = "[";
        for (size_t i = 0; i < n->names.size(); i++)
            names += (i ? ", " : "") + py_repr(n->names[i], false);
        raw("names", names + "]");
        break;
    }
    }
    end();
}

}  // namespace

std::string dump(const Module& m) {
    Dumper d(false);
    d.module(m);
    return d.out;
}

std::string dump_locs(const Module& m) {
    Dumper d(true);
    d.module(m);
    return d.out;
}

}  // namespace gs::ast
