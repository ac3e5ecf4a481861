// The abstract syntax tree: the parser's output and the compiler's input. Node kinds and
// fields follow CPython's ast module (Python/Python.asdl) so that its documentation serves
// as ours; names differ only where C++ needs it. Nodes live in the Module's arena and are
// referenced by plain pointers; nothing is freed until the Module is.
#pragma once
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "sim/core/source.hpp"

namespace gs::ast {

struct Expr;
struct Stmt;
using ExprList = std::vector<Expr*>;
using StmtList = std::vector<Stmt*>;

enum class ExprKind : uint8_t {
    Name, Constant, JoinedStr, FormattedValue, BinOp, UnaryOp, BoolOp, Compare, Call,
    Attribute, Subscript, Slice, List, Tuple, Dict, Set, ListComp, SetComp, DictComp,
    GeneratorExp, Lambda, IfExp, Starred, Yield, YieldFrom, Await, NamedExpr,
};

enum class Ctx : uint8_t { Load, Store, Del };

enum class Op : uint8_t {  // binary and augmented operators
    Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv,
};
enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };
enum class BoolOpKind : uint8_t { And, Or };
enum class CmpOp : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

enum class ConstKind : uint8_t { None, True, False, Ellipsis, Int, Float, Str, Bytes };

struct Expr {
    ExprKind kind;
    Loc loc;
    explicit Expr(ExprKind k) : kind(k) {}
    virtual ~Expr() = default;
};

struct Name : Expr {
    std::string id;
    Ctx ctx = Ctx::Load;
    Name() : Expr(ExprKind::Name) {}
};

struct Constant : Expr {
    ConstKind ck = ConstKind::None;
    int64_t i = 0;          // Int (a literal that does not fit: the parser reports an error)
    double f = 0;           // Float
    std::string s;          // Str (UTF-8) and Bytes (raw bytes)
    bool kind_u = false;    // Str from a u"..." literal (CPython's Constant.kind == 'u')
    Constant() : Expr(ExprKind::Constant) {}
};

// f"...": values are Constant(Str) and FormattedValue nodes, in order.
struct JoinedStr : Expr {
    ExprList values;
    JoinedStr() : Expr(ExprKind::JoinedStr) {}
};
struct FormattedValue : Expr {
    Expr* value = nullptr;
    char conversion = 0;    // 0, 's', 'r' or 'a'
    Expr* format_spec = nullptr;  // a JoinedStr, or null
    FormattedValue() : Expr(ExprKind::FormattedValue) {}
};

struct BinOp : Expr {
    Expr* left = nullptr;
    Op op = Op::Add;
    Expr* right = nullptr;
    BinOp() : Expr(ExprKind::BinOp) {}
};
struct UnaryOp : Expr {
    UnaryOpKind op = UnaryOpKind::Not;
    Expr* operand = nullptr;
    UnaryOp() : Expr(ExprKind::UnaryOp) {}
};
struct BoolOp : Expr {
    BoolOpKind op = BoolOpKind::And;
    ExprList values;        // two or more
    BoolOp() : Expr(ExprKind::BoolOp) {}
};
struct Compare : Expr {
    Expr* left = nullptr;
    std::vector<CmpOp> ops;
    ExprList comparators;
    Compare() : Expr(ExprKind::Compare) {}
};

struct Keyword {
    std::string arg;        // empty for **expr
    Expr* value = nullptr;
    Loc loc;
};
struct Call : Expr {
    Expr* func = nullptr;
    ExprList args;          // may contain Starred
    std::vector<Keyword> keywords;
    Call() : Expr(ExprKind::Call) {}
};

struct Attribute : Expr {
    Expr* value = nullptr;
    std::string attr;
    Ctx ctx = Ctx::Load;
    Attribute() : Expr(ExprKind::Attribute) {}
};
struct Subscript : Expr {
    Expr* value = nullptr;
    Expr* slice = nullptr;  // an expression, a Slice, or a Tuple that may contain Slices
    Ctx ctx = Ctx::Load;
    Subscript() : Expr(ExprKind::Subscript) {}
};
struct Slice : Expr {
    Expr* lower = nullptr;
    Expr* upper = nullptr;
    Expr* step = nullptr;
    Slice() : Expr(ExprKind::Slice) {}
};

struct List : Expr {
    ExprList elts;
    Ctx ctx = Ctx::Load;
    List() : Expr(ExprKind::List) {}
};
struct Tuple : Expr {
    ExprList elts;
    Ctx ctx = Ctx::Load;
    Tuple() : Expr(ExprKind::Tuple) {}
};
struct Dict : Expr {
    ExprList keys;          // a null key means `**values[i]`
    ExprList values;
    Dict() : Expr(ExprKind::Dict) {}
};
struct Set : Expr {
    ExprList elts;
    Set() : Expr(ExprKind::Set) {}
};

struct Comprehension {
    Expr* target = nullptr;
    Expr* iter = nullptr;
    ExprList ifs;
    bool is_async = false;
};
struct ListComp : Expr {      // also SetComp and GeneratorExp (kind tells which)
    Expr* elt = nullptr;
    std::vector<Comprehension> generators;
    explicit ListComp(ExprKind k = ExprKind::ListComp) : Expr(k) {}
};
struct DictComp : Expr {
    Expr* key = nullptr;
    Expr* value = nullptr;
    std::vector<Comprehension> generators;
    DictComp() : Expr(ExprKind::DictComp) {}
};

struct Arg {
    std::string name;
    Loc loc;
    Expr* annotation = nullptr;  // parsed, never evaluated
};
struct Arguments {
    std::vector<Arg> posonlyargs;
    std::vector<Arg> args;
    Arg* vararg = nullptr;      // owned below
    std::vector<Arg> kwonlyargs;
    ExprList kw_defaults;       // one per kwonlyarg; null = required
    Arg* kwarg = nullptr;
    ExprList defaults;          // for the last len(defaults) of posonlyargs + args
    std::unique_ptr<Arg> vararg_store, kwarg_store;
};

struct Lambda : Expr {
    Arguments args;
    Expr* body = nullptr;
    Lambda() : Expr(ExprKind::Lambda) {}
};
struct IfExp : Expr {
    Expr* test = nullptr;
    Expr* body = nullptr;
    Expr* orelse = nullptr;
    IfExp() : Expr(ExprKind::IfExp) {}
};
struct Starred : Expr {
    Expr* value = nullptr;
    Ctx ctx = Ctx::Load;
    Starred() : Expr(ExprKind::Starred) {}
};
struct Yield : Expr {         // also YieldFrom and Await (kind tells which)
    Expr* value = nullptr;    // null for a bare `yield`
    explicit Yield(ExprKind k = ExprKind::Yield) : Expr(k) {}
};
struct NamedExpr : Expr {
    Expr* target = nullptr;   // a Name
    Expr* value = nullptr;
    NamedExpr() : Expr(ExprKind::NamedExpr) {}
};

// ---------------------------------------------------------------------------------------

enum class StmtKind : uint8_t {
    Expr, Assign, AugAssign, AnnAssign, If, While, For, Break, Continue, Pass, FunctionDef,
    Return, ClassDef, Try, Raise, Assert, Delete, With, Import, ImportFrom, Global, Nonlocal,
};

struct Stmt {
    StmtKind kind;
    Loc loc;
    explicit Stmt(StmtKind k) : kind(k) {}
    virtual ~Stmt() = default;
};

struct ExprStmt : Stmt {
    Expr* value = nullptr;
    ExprStmt() : Stmt(StmtKind::Expr) {}
};
struct Assign : Stmt {        // t1 = t2 = value
    ExprList targets;
    Expr* value = nullptr;
    Assign() : Stmt(StmtKind::Assign) {}
};
struct AugAssign : Stmt {
    Expr* target = nullptr;
    Op op = Op::Add;
    Expr* value = nullptr;
    AugAssign() : Stmt(StmtKind::AugAssign) {}
};
struct AnnAssign : Stmt {     // x: T = value (the annotation is evaluated nowhere)
    Expr* target = nullptr;
    Expr* annotation = nullptr;
    Expr* value = nullptr;    // may be null
    bool simple = true;       // the target is a plain name, not in parentheses
    AnnAssign() : Stmt(StmtKind::AnnAssign) {}
};
struct If : Stmt {
    Expr* test = nullptr;
    StmtList body, orelse;    // elif chains nest an If in orelse
    If() : Stmt(StmtKind::If) {}
};
struct While : Stmt {
    Expr* test = nullptr;
    StmtList body, orelse;
    While() : Stmt(StmtKind::While) {}
};
struct For : Stmt {
    Expr* target = nullptr;
    Expr* iter = nullptr;
    StmtList body, orelse;
    bool is_async = false;
    For() : Stmt(StmtKind::For) {}
};
struct Simple : Stmt {        // Break, Continue, Pass
    explicit Simple(StmtKind k) : Stmt(k) {}
};
struct FunctionDef : Stmt {
    std::string name;
    Arguments args;
    StmtList body;
    ExprList decorators;
    Expr* returns = nullptr;  // annotation, never evaluated
    bool is_async = false;
    FunctionDef() : Stmt(StmtKind::FunctionDef) {}
};
struct Return : Stmt {
    Expr* value = nullptr;
    Return() : Stmt(StmtKind::Return) {}
};
struct ClassDef : Stmt {
    std::string name;
    ExprList bases;
    std::vector<Keyword> keywords;
    StmtList body;
    ExprList decorators;
    ClassDef() : Stmt(StmtKind::ClassDef) {}
};
struct ExceptHandler {
    Expr* type = nullptr;     // null: bare except
    std::string name;         // empty: no `as`
    StmtList body;
    Loc loc;
};
struct Try : Stmt {
    StmtList body;
    std::vector<ExceptHandler> handlers;
    StmtList orelse, finalbody;
    Try() : Stmt(StmtKind::Try) {}
};
struct Raise : Stmt {
    Expr* exc = nullptr;
    Expr* cause = nullptr;
    Raise() : Stmt(StmtKind::Raise) {}
};
struct Assert : Stmt {
    Expr* test = nullptr;
    Expr* msg = nullptr;
    Assert() : Stmt(StmtKind::Assert) {}
};
struct Delete : Stmt {
    ExprList targets;
    Delete() : Stmt(StmtKind::Delete) {}
};
struct WithItem {
    Expr* context_expr = nullptr;
    Expr* optional_vars = nullptr;
};
struct With : Stmt {
    std::vector<WithItem> items;
    StmtList body;
    bool is_async = false;
    With() : Stmt(StmtKind::With) {}
};
struct Alias {
    std::string name;         // dotted for Import ("a.b")
    std::string asname;       // empty: none
    Loc loc;
};
struct Import : Stmt {
    std::vector<Alias> names;
    Import() : Stmt(StmtKind::Import) {}
};
struct ImportFrom : Stmt {
    std::string module;
    std::vector<Alias> names; // a single "*" for `from m import *`
    int level = 0;
    ImportFrom() : Stmt(StmtKind::ImportFrom) {}
};
struct NameList : Stmt {      // Global and Nonlocal
    std::vector<std::string> names;
    explicit NameList(StmtKind k) : Stmt(k) {}
};

// A parsed file. Owns every node.
struct Module {
    SourceRef source;
    StmtList body;

    template <class T, class... A>
    T* make(A&&... a) {
        auto p = std::make_unique<T>(std::forward<A>(a)...);
        T* raw = p.get();
        if constexpr (std::is_base_of_v<Expr, T>) exprs_.push_back(std::move(p));
        else stmts_.push_back(std::move(p));
        return raw;
    }

private:
    std::deque<std::unique_ptr<Expr>> exprs_;
    std::deque<std::unique_ptr<Stmt>> stmts_;
};

// A textual dump in the style of Python's ast.dump (without attributes), used by the
// parser tests: e.g. "Module(body=[Expr(value=Constant(value=1))])".
std::string dump(const Module& m);

// One line per node that has a location, "Kind line col end_line end_col", in pre-order
// with children in ast.dump's field order: the parser tests compare it with CPython's.
std::string dump_locs(const Module& m);

}  // namespace gs::ast
