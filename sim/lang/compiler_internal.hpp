// Internals shared by the compiler's files: the assembler (instructions, labels, stack
// depth, exception-table ranges) and the per-code-object compilation unit.
#pragma once
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sim/lang/compiler.hpp"
#include "sim/lang/symtable.hpp"
#include "sim/vm/interp.hpp"

namespace gs::comp {

struct Label {
    int id = -1;
    bool valid() const { return id >= 0; }
};

// Where exceptions raised by an instruction go: a handler label and the stack depth to
// unwind to. Instructions record the innermost handler active when they were emitted;
// the exception table is built from runs of equal handlers.
struct Handler {
    Label target;
    int depth;
};

class Assembler {
public:
    Label new_label();
    void bind(Label l);
    bool bound(Label l) const { return pos_[size_t(l.id)] >= 0; }
    void emit(Opcode op, uint32_t arg, const Loc& loc, CaretHint hint = {});
    // Jumps: the right direction (forward/backward form) is chosen from the label.
    void emit_jump(Opcode op, Label target, const Loc& loc);

    int depth() const { return depth_; }
    void set_depth(int d) { depth_ = d; }
    bool reachable() const { return depth_ >= 0; }

    void push_handler(Label target, int depth) { handlers_.push_back({target, depth}); }
    void pop_handler() { handlers_.pop_back(); }
    std::vector<Handler> handler_stack() const { return handlers_; }
    void set_handler_stack(std::vector<Handler> h) { handlers_ = std::move(h); }

    // Resolves jumps and builds the exception table into `code`.
    void finish(Code* code);
    size_t size() const { return code_.size(); }

private:
    struct Pending {
        size_t at;
        int label;
    };
    std::vector<uint32_t> code_;
    std::vector<Loc> locs_;
    std::vector<CaretHint> hints_;
    std::vector<int> handler_of_;            // index into all_handlers_ or -1
    std::vector<Handler> all_handlers_;
    std::vector<Handler> handlers_;           // the active stack
    std::vector<int> pos_;                    // label -> instruction index
    std::vector<int> label_depth_;            // label -> stack depth on arrival
    std::vector<Pending> fixups_;
    int depth_ = 0;
    int max_depth_ = 0;
    int handler_index();
};

enum class FBlockKind { WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith, HandlerCleanup };

struct FBlock {
    FBlockKind kind;
    Label continue_target;    // loops
    Label exit;               // loops: after the else clause
    const ast::StmtList* finalbody = nullptr;  // FinallyTry
    std::string handler_name; // HandlerCleanup with `as name`
    std::vector<Handler> outer_handlers;       // handler stack outside this block
    Loc loc;
};

struct Unit {
    Scope* scope = nullptr;
    Code* code = nullptr;
    Assembler a;
    std::string qualname;
    std::map<std::string, int> const_index;
    std::map<std::string, int> name_index;
    std::map<std::string, int> local_index;
    std::map<std::string, int> deref_index;  // cells then frees: localsplus slot
    std::vector<FBlock> fblocks;
    bool is_class() const { return scope->kind == ScopeKind::Class; }
    bool is_module() const { return scope->kind == ScopeKind::Module; }
};

class Compiler {
public:
    Compiler(Interp& in, const ast::Module& m, SymbolTable& st) : in_(in), mod_(m), st_(st) {}
    CompileResult run();

    // Statement and expression compilation (compiler.cpp, compile_expr.cpp).
    void stmt(ast::Stmt* s);
    void body(const ast::StmtList& b);
    void expr(ast::Expr* e);
    void jump_if(ast::Expr* e, Label target, bool cond);
    void store(ast::Expr* target);
    void del(ast::Expr* target);
    void load_name(const std::string& name, const Loc& loc);
    void store_name(const std::string& name, const Loc& loc);
    void delete_name(const std::string& name, const Loc& loc);
    void call(ast::Call* c);
    void make_closure(Code* code, Scope* child, int flags, const Loc& loc);
    Code* compile_function_body(const void* node, const std::string& name, const ast::Arguments* args,
                                const ast::StmtList* body, ast::Expr* lambda_body, bool is_async = false,
                                int def_line = 0);
    // Generators and coroutines (compile_gen.cpp).
    void generator_prologue(int line);
    void yield_expr(ast::Expr* e);
    void send_loop(const Loc& loc);       // receiver, value -> the sub-iterator's result
    void async_with_stmt(ast::With* w, size_t item);
    void function_def(ast::FunctionDef* f);
    void class_def(ast::ClassDef* c);
    void comprehension(ast::Expr* node);
    void try_stmt(ast::Try* t);
    void with_stmt(ast::With* w, size_t item);
    void unwind(size_t upto, bool preserve_tos);
    void defaults_and_kwdefaults(const ast::Arguments& a, int* flags, const Loc& loc);
    void sequence(const ast::ExprList& elts, Opcode build, const Loc& loc);
    void fstring(ast::JoinedStr* j);
    Value const_value(ast::Expr* e, std::string* key);

    // Helpers.
    Assembler& a() { return cur_->a; }
    Unit& u() { return *cur_; }
    int add_const(Value v, const std::string& key);
    int const_str(std::string_view s);
    int const_none();
    int name_idx(const std::string& n);
    int cache_idx(const std::string& n);
    Str* str(std::string_view s);
    void error(const std::string& msg, const Loc& loc);
    bool failed() const { return error_.has_value(); }
    std::string child_qualname(const std::string& name) const;

    Interp& in_;
    const ast::Module& mod_;
    SymbolTable& st_;
    Unit* cur_ = nullptr;
    std::vector<std::unique_ptr<Unit>> units_;
    std::optional<UserError> error_;
    int depth_guard_ = 0;

    Unit* enter_unit(Scope* scope, const std::string& qualname);
    Code* leave_unit();
};

}  // namespace gs::comp
