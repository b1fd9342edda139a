#!/usr/bin/python3
r"""Makes tiny-radlake-lm: a small decoder-only transformer trained on the demo's instruction dataset, exported as
TorchScript with a hand-written HuggingFace tokenizer.json, for radlake's DJL inference tests and demo.

Run once, by hand, with Debian's python3-torch (1.13); the output is committed and CI never runs Python. Debian's
torch calls the system BLAS, which is the (very slow) reference BLAS unless OpenBLAS is installed; the committed files
were made with OpenBLAS from Debian's libopenblas0-pthread package, unpacked without installing it (README.md):
  bin/radlake demo --lakehouse /tmp/model-lake
  LD_LIBRARY_PATH=/tmp/openblas/usr/lib/x86_64-linux-gnu/openblas-pthread \
    /usr/bin/python3 udfs/src/main/python/tiny_model/make_tiny_model.py --data /tmp/model-lake/_demo/dataset

Reads  DATA/train.alpaca.jsonl, DATA/validation.alpaca.jsonl  ({"instruction", "input", "output"} per line)
Writes udfs/src/main/resources/io/radlake/infer/tiny-radlake-lm/{model.pt, tokenizer.json, radlake-model.json}
       udfs/src/test/resources/golden/tiny-radlake-lm-greedy.jsonl  (greedy generations the Java side must reproduce)

Deterministic: fixed seeds, one thread, torch.use_deterministic_algorithms(True); the same data and torch build
give byte-identical files (the README lists their sha256).
"""
import argparse
import collections
import hashlib
import json
import math
import os
import random
import re
import sys
import time

# One BLAS thread and one fixed OpenBLAS kernel set, so the sums run in the same order on every x86-64 machine with
# AVX2; OpenBLAS reads these when torch loads it.
os.environ["OPENBLAS_NUM_THREADS"] = "1"
os.environ["OPENBLAS_CORETYPE"] = "Haswell"
if os.environ.get("PYTHONHASHSEED") != "0":
    # TorchScript writes a module's constants in set order, which follows string hashing: a fixed hash seed keeps
    # model.pt byte-identical between runs. Python reads the seed only at start-up, hence the restart.
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

import torch  # noqa: E402
import torch.nn as nn  # noqa: E402
import torch.nn.functional as F  # noqa: E402

NAME = "tiny-radlake-lm"
MAX_CONTEXT = 512
PAD, UNK, BOS, EOS = "<pad>", "<unk>", "<s>", "</s>"
SPECIALS = [PAD, UNK, BOS, EOS]
PAD_ID, UNK_ID, BOS_ID, EOS_ID = 0, 1, 2, 3
PROMPT_TEMPLATE = (
    "Below is an instruction that describes a task, paired with an input that provides further context. "
    "Write a response that appropriately completes the request.\n\n"
    "### Instruction:\n{instruction}\n\n### Input:\n{input}\n\n### Response:\n")
# tokenizer.json: a Replace normalizer turns every space into SPACE, so a word keeps the space before it ("▁acute")
# and decoding is exact (SPACE back to a space, tokens concatenated): "3.5 cm." round-trips, which a plain word
# level tokenizer cannot do. The Split pre-tokenizer keeps exactly the matches of TOKEN_PATTERN: a word or one
# punctuation character, each with the space before it if any, a newline, a lone space; anything else (tabs,
# carriage returns) is dropped. Python's re and the tokenizers library's Oniguruma agree on \w and \s here.
SPACE = "\u2581"
TOKEN_PATTERN = SPACE + "?(?:\\w+|[^\\w\\s" + SPACE + "])|\n|" + SPACE
TOKEN_RE = re.compile(TOKEN_PATTERN)
GREEDY_MAX_NEW_TOKENS = 48

REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), *[os.pardir] * 5))
OUT_DIR = os.path.join(REPO_ROOT, "udfs/src/main/resources/io/radlake/infer", NAME)
GOLDEN = os.path.join(REPO_ROOT, "udfs/src/test/resources/golden", NAME + "-greedy.jsonl")
SCRIPT = "udfs/src/main/python/tiny_model/make_tiny_model.py"


# ---------------------------------------------------------------------------------------------------- tokenizer

def words(text):
    return TOKEN_RE.findall(text.replace(" ", SPACE))


def prompt_of(example):
    return PROMPT_TEMPLATE.format(instruction=example["instruction"], input=example["input"])


def build_vocab(examples, min_count):
    counts = collections.Counter()
    for ex in examples:
        counts.update(words(prompt_of(ex)))
        counts.update(words(ex["output"]))
    kept = sorted((w for w, c in counts.items() if c >= min_count and w not in SPECIALS),
                  key=lambda w: (-counts[w], w))
    return {w: i for i, w in enumerate(SPECIALS + kept)}


def encode(vocab, text):
    return [vocab.get(w, UNK_ID) for w in words(text)]


def decode(vocab_by_id, ids):
    """What tokenizer.json's decoder gives (special tokens skipped)."""
    return "".join(vocab_by_id[i] for i in ids if i >= len(SPECIALS)).replace(SPACE, " ")


def tokenizer_json(vocab):
    added = [{"id": i, "content": t, "single_word": False, "lstrip": False, "rstrip": False,
              "normalized": False, "special": True} for i, t in enumerate(SPECIALS)]
    return {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": added,
        "normalizer": {"type": "Replace", "pattern": {"String": " "}, "content": SPACE},
        "pre_tokenizer": {"type": "Split", "pattern": {"Regex": TOKEN_PATTERN}, "behavior": "Removed",
                          "invert": True},
        "post_processor": None,
        "decoder": {"type": "Sequence", "decoders": [
            {"type": "Replace", "pattern": {"String": SPACE}, "content": " "}, {"type": "Fuse"}]},
        "model": {"type": "WordLevel", "vocab": vocab, "unk_token": UNK},
    }


# ---------------------------------------------------------------------------------------------------- model

class Block(nn.Module):
    def __init__(self, d_model: int, n_head: int, dropout: float):
        super().__init__()
        self.n_head = n_head
        self.head_dim = d_model // n_head
        self.ln1 = nn.LayerNorm(d_model)
        self.qkv = nn.Linear(d_model, 3 * d_model)
        self.proj = nn.Linear(d_model, d_model)
        self.ln2 = nn.LayerNorm(d_model)
        self.fc1 = nn.Linear(d_model, 4 * d_model)
        self.fc2 = nn.Linear(4 * d_model, d_model)
        self.drop = nn.Dropout(dropout)

    def forward(self, x: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        b, t, c = x.shape
        q, k, v = self.qkv(self.ln1(x)).split(c, dim=2)
        q = q.view(b, t, self.n_head, self.head_dim).transpose(1, 2)
        k = k.view(b, t, self.n_head, self.head_dim).transpose(1, 2)
        v = v.view(b, t, self.n_head, self.head_dim).transpose(1, 2)
        att = torch.matmul(q, k.transpose(2, 3)) * (1.0 / math.sqrt(self.head_dim)) + bias
        att = self.drop(torch.softmax(att, dim=-1))
        y = torch.matmul(att, v).transpose(1, 2).reshape(b, t, c)
        x = x + self.drop(self.proj(y))
        return x + self.drop(self.fc2(F.gelu(self.fc1(self.ln2(x)))))


class TinyCausalLM(nn.Module):
    """forward(input_ids [B,T] int64, attention_mask [B,T] int64) -> logits [B,T,V] float32.

    Position ids come from the mask (cumsum - 1, clamped at 0), so a left-padded row has the same logits at its
    real positions as the row alone. Keys are masked causally and on padding; a pad query attends to itself only
    (a fully masked softmax row would be NaN).
    """

    def __init__(self, vocab_size: int, d_model: int, n_layer: int, n_head: int, max_context: int,
                 dropout: float):
        super().__init__()
        self.max_context = max_context
        self.tok = nn.Embedding(vocab_size, d_model)
        self.pos = nn.Embedding(max_context, d_model)
        self.blocks = nn.ModuleList([Block(d_model, n_head, dropout) for _ in range(n_layer)])
        self.ln_f = nn.LayerNorm(d_model)
        self.drop = nn.Dropout(dropout)
        nn.init.normal_(self.tok.weight, std=0.02)
        nn.init.normal_(self.pos.weight, std=0.01)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        return torch.matmul(self.hidden(input_ids, attention_mask), self.tok.weight.t())

    def hidden(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        """The final hidden states [B,T,D]; training projects only the scored positions onto the vocabulary."""
        t = input_ids.size(1)
        mask = attention_mask.to(torch.long)
        positions = (torch.cumsum(mask, dim=1) - 1).clamp(min=0, max=self.max_context - 1)
        x = self.drop(self.tok(input_ids) + self.pos(positions))
        causal = torch.ones(t, t, dtype=torch.bool, device=input_ids.device).tril()
        allowed = causal.unsqueeze(0) & (mask != 0).unsqueeze(1)
        allowed = allowed | torch.eye(t, dtype=torch.bool, device=input_ids.device).unsqueeze(0)
        bias = torch.zeros(allowed.shape, dtype=x.dtype, device=x.device).masked_fill(~allowed, -1e9).unsqueeze(1)
        for block in self.blocks:
            x = block(x, bias)
        return self.ln_f(x)


# ---------------------------------------------------------------------------------------------------- data

def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def training_rows(vocab, examples):
    """(ids, number of prompt tokens) per example: prompt + output + eos, at most MAX_CONTEXT tokens."""
    rows, dropped = [], 0
    for ex in examples:
        prompt = encode(vocab, prompt_of(ex))
        ids = prompt + encode(vocab, ex["output"]) + [EOS_ID]
        if len(ids) > MAX_CONTEXT:
            dropped += 1
            continue
        rows.append((ids, len(prompt)))
    return rows, dropped


def batch_tensors(rows):
    """Right-padded ids, mask, and targets that score only response tokens (the output and eos)."""
    t = max(len(ids) for ids, _ in rows)
    ids_t = torch.full((len(rows), t), PAD_ID, dtype=torch.long)
    mask = torch.zeros((len(rows), t), dtype=torch.long)
    targets = torch.full((len(rows), t), -100, dtype=torch.long)
    for r, (ids, n_prompt) in enumerate(rows):
        ids_t[r, :len(ids)] = torch.tensor(ids)
        mask[r, :len(ids)] = 1
        targets[r, n_prompt - 1:len(ids) - 1] = torch.tensor(ids[n_prompt:])
    return ids_t, mask, targets


def batches(rows, batch_size, rng):
    """Length-bucketed batches in a seeded random order."""
    order = list(range(len(rows)))
    rng.shuffle(order)
    chunk = batch_size * 32
    out = []
    for s in range(0, len(order), chunk):
        part = sorted(order[s:s + chunk], key=lambda i: len(rows[i][0]))
        out += [part[j:j + batch_size] for j in range(0, len(part), batch_size)]
    rng.shuffle(out)
    return out


def response_loss(model, rows, reduction):
    ids, mask, targets = batch_tensors(rows)
    scored = targets != -100
    logits = torch.matmul(model.hidden(ids, mask)[scored], model.tok.weight.t())
    return F.cross_entropy(logits, targets[scored], reduction=reduction), int(scored.sum())


def mean_loss(model, rows, batch_size):
    model.eval()
    total, count = 0.0, 0
    with torch.no_grad():
        ordered = sorted(rows, key=lambda r: len(r[0]))
        for s in range(0, len(ordered), batch_size):
            loss, n = response_loss(model, ordered[s:s + batch_size], "sum")
            total += loss.item()
            count += n
    return total / count


# ---------------------------------------------------------------------------------------------------- evaluation

def greedy(model, prompt_ids, max_new_tokens):
    """Greedy decoding of one unpadded prompt: the generated ids, eos excluded, stopping at eos."""
    ids = list(prompt_ids)
    out = []
    with torch.no_grad():
        for _ in range(max_new_tokens):
            x = torch.tensor([ids], dtype=torch.long)
            nxt = int(model(x, torch.ones_like(x))[0, -1].argmax())
            if nxt == EOS_ID:
                break
            out.append(nxt)
            ids.append(nxt)
    return out


def greedy_batch(model, prompts, max_new_tokens):
    """Greedy decoding of left-padded prompts together (what a batching caller does)."""
    seqs = [list(p) for p in prompts]
    done = [False] * len(seqs)
    outs = [[] for _ in seqs]
    with torch.no_grad():
        for _ in range(max_new_tokens):
            t = max(len(s) for s in seqs)
            ids = torch.full((len(seqs), t), PAD_ID, dtype=torch.long)
            mask = torch.zeros((len(seqs), t), dtype=torch.long)
            for r, s in enumerate(seqs):
                ids[r, t - len(s):] = torch.tensor(s)
                mask[r, t - len(s):] = 1
            nxt = model(ids, mask)[:, -1].argmax(dim=-1).tolist()
            for r, n in enumerate(nxt):
                if done[r]:
                    continue
                if n == EOS_ID:
                    done[r] = True
                else:
                    outs[r].append(n)
                    seqs[r].append(n)
            if all(done):
                break
    return outs


def rouge_tokens(text):
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).split()


def rouge_l_f1(reference, prediction):
    ref, pred = rouge_tokens(reference), rouge_tokens(prediction)
    if not ref or not pred:
        return 0.0
    prev = [0] * (len(pred) + 1)
    for r in ref:
        cur = [0]
        for j, p in enumerate(pred):
            cur.append(prev[j] + 1 if r == p else max(prev[j + 1], cur[j]))
        prev = cur
    lcs = prev[-1]
    if lcs == 0:
        return 0.0
    precision, recall = lcs / len(pred), lcs / len(ref)
    return 2 * precision * recall / (precision + recall)


def check_left_padding(model, rows):
    """A left-padded row must give the unpadded row's logits at its real positions."""
    short, long_ = rows[0][0], rows[1][0]
    t = len(long_)
    ids = torch.full((2, t), PAD_ID, dtype=torch.long)
    mask = torch.zeros((2, t), dtype=torch.long)
    ids[0, t - len(short):] = torch.tensor(short)
    mask[0, t - len(short):] = 1
    ids[1] = torch.tensor(long_)
    mask[1] = 1
    with torch.no_grad():
        padded = model(ids, mask)
        alone_short = model(torch.tensor([short]), torch.ones(1, len(short), dtype=torch.long))
        alone_long = model(torch.tensor([long_]), torch.ones(1, t, dtype=torch.long))
    diff = max(float((padded[0, t - len(short):] - alone_short[0]).abs().max()),
               float((padded[1] - alone_long[0]).abs().max()))
    same_argmax = bool((padded[0, t - len(short):].argmax(-1) == alone_short[0].argmax(-1)).all()) and bool(
        (padded[1].argmax(-1) == alone_long[0].argmax(-1)).all())
    if not finite(padded) or diff >= 1e-4 or not same_argmax:
        sys.exit(f"left padding changes the logits: max abs diff {diff}, same argmax {same_argmax}")
    return diff


def finite(t):
    return bool(torch.isfinite(t).all())


def blas_library():
    """The BLAS shared library this process loaded (the committed model's numbers depend on it)."""
    with open("/proc/self/maps", encoding="utf-8") as f:
        paths = {line.split()[-1] for line in f if "blas" in line.split()[-1]}
    return ", ".join(sorted(os.path.basename(os.path.realpath(p)) for p in paths)) or "none found"


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


# ---------------------------------------------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", required=True, help="the dataset export folder (train/validation .alpaca.jsonl)")
    ap.add_argument("--out", default=OUT_DIR)
    ap.add_argument("--golden", default=GOLDEN)
    ap.add_argument("--seed", type=int, default=20240501)
    ap.add_argument("--steps", type=int, default=2500)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--d-model", type=int, default=128)
    ap.add_argument("--layers", type=int, default=3)
    ap.add_argument("--heads", type=int, default=4)
    ap.add_argument("--dropout", type=float, default=0.1)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--eval-examples", type=int, default=50)
    ap.add_argument("--golden-examples", type=int, default=5)
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args()

    started = time.time()
    blas = blas_library()
    print(f"torch {torch.__version__}, BLAS {blas}, OPENBLAS_CORETYPE {os.environ['OPENBLAS_CORETYPE']}", flush=True)
    torch.set_num_threads(args.threads)
    torch.use_deterministic_algorithms(True)
    random.seed(args.seed)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)

    train = read_jsonl(os.path.join(args.data, "train.alpaca.jsonl"))
    validation = read_jsonl(os.path.join(args.data, "validation.alpaca.jsonl"))
    vocab = build_vocab(train, args.min_count)
    by_id = {i: w for w, i in vocab.items()}
    train_rows, train_dropped = training_rows(vocab, train)
    val_rows, val_dropped = training_rows(vocab, validation)
    unk_rate = sum(i == UNK_ID for ids, _ in val_rows for i in ids) / sum(len(ids) for ids, _ in val_rows)
    print(f"train {len(train)} examples ({train_dropped} over {MAX_CONTEXT} tokens dropped), validation "
          f"{len(validation)} ({val_dropped} dropped), vocab {len(vocab)}, validation unk rate {unk_rate:.4f}, "
          f"tokens per train example mean {sum(len(r[0]) for r in train_rows) / len(train_rows):.0f} "
          f"max {max(len(r[0]) for r in train_rows)}", flush=True)

    model = TinyCausalLM(len(vocab), args.d_model, args.layers, args.heads, MAX_CONTEXT, args.dropout)
    n_params = sum(p.numel() for p in model.parameters())
    print(f"parameters {n_params}", flush=True)
    decay = [p for n, p in model.named_parameters() if p.dim() >= 2]
    no_decay = [p for n, p in model.named_parameters() if p.dim() < 2]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.01}, {"params": no_decay, "weight_decay": 0.0}],
                            lr=args.lr, betas=(0.9, 0.98))
    warmup = max(1, args.steps // 20)

    def lr_at(step):
        if step < warmup:
            return args.lr * (step + 1) / warmup
        return args.lr * 0.5 * (1 + math.cos(math.pi * (step - warmup) / max(1, args.steps - warmup)))

    step, epoch, recent = 0, 0, []
    train_started = time.time()
    while step < args.steps:
        for batch in batches(train_rows, args.batch_size, rng):
            if step >= args.steps:
                break
            model.train()
            loss, _ = response_loss(model, [train_rows[i] for i in batch], "mean")
            for g in opt.param_groups:
                g["lr"] = lr_at(step)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            recent.append(loss.item())
            step += 1
            if step % 100 == 0 or step == args.steps:
                print(f"step {step} epoch {epoch} train loss {sum(recent) / len(recent):.4f} "
                      f"({time.time() - train_started:.0f} s)", flush=True)
                recent = []
            if step % 500 == 0 and step < args.steps:
                print(f"step {step} validation loss {mean_loss(model, val_rows, 32):.4f}", flush=True)
        epoch += 1
    train_seconds = time.time() - train_started
    train_loss = mean_loss(model, train_rows[:500], 32)
    val_loss = mean_loss(model, val_rows, 32)
    print(f"final train loss (first 500) {train_loss:.4f}, validation loss {val_loss:.4f}", flush=True)

    model.eval()
    os.makedirs(args.out, exist_ok=True)
    model_path = os.path.join(args.out, "model.pt")
    # model.pt keeps the source file name of every scripted class: the repository-relative one keeps the bytes
    # independent of where the checkout is (the source text itself is kept too, so editing the script changes them).
    sys.modules[TinyCausalLM.__module__].__file__ = SCRIPT
    scripted = torch.jit.script(model)
    torch.jit.save(scripted, model_path)
    loaded = torch.jit.load(model_path)
    loaded.eval()
    by_length = sorted(val_rows[:20], key=lambda r: len(r[0]))
    pad_diff = check_left_padding(loaded, [by_length[0], by_length[-1]])
    print(f"left padding check: max abs diff {pad_diff:.2e}", flush=True)

    # Evaluation and the golden file use the saved TorchScript file, exactly what the Java side loads.
    eval_examples = validation[:args.eval_examples]
    prompts = [encode(vocab, prompt_of(ex))[-(MAX_CONTEXT - GREEDY_MAX_NEW_TOKENS):] for ex in eval_examples]
    generated = greedy_batch(loaded, prompts, GREEDY_MAX_NEW_TOKENS)
    texts = [decode(by_id, g) for g in generated]
    rouge_model = sum(rouge_l_f1(ex["output"], t) for ex, t in zip(eval_examples, texts)) / len(texts)
    rouge_copy = sum(rouge_l_f1(ex["output"], ex["input"]) for ex in eval_examples) / len(texts)
    print(f"ROUGE-L F1 on {len(texts)} validation examples: model {rouge_model:.4f}, copy findings "
          f"{rouge_copy:.4f}", flush=True)
    for ex, t in list(zip(eval_examples, texts))[:3]:
        print(f"  reference: {ex['output']!r}\n  generated: {t!r}", flush=True)

    golden = []
    for ex, prompt, batched in list(zip(eval_examples, prompts, generated))[:args.golden_examples]:
        alone = greedy(loaded, prompt, GREEDY_MAX_NEW_TOKENS)
        if alone != batched:
            sys.exit("greedy decoding of a prompt alone differs from the left-padded batch")
        golden.append({"instruction": ex["instruction"], "input": ex["input"], "prompt_ids": prompt,
                       "generated_ids": alone, "generated_text": decode(by_id, alone),
                       "max_new_tokens": GREEDY_MAX_NEW_TOKENS})
    os.makedirs(os.path.dirname(args.golden), exist_ok=True)
    with open(args.golden, "w", encoding="utf-8") as f:
        for g in golden:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")

    with open(os.path.join(args.out, "tokenizer.json"), "w", encoding="utf-8") as f:
        json.dump(tokenizer_json(vocab), f, ensure_ascii=False, indent=1)
        f.write("\n")
    meta = {
        "name": NAME,
        "architecture": "causal-lm",
        "max_context": MAX_CONTEXT,
        "bos_token": BOS, "eos_token": EOS, "pad_token": PAD, "unk_token": UNK,
        "add_bos_token": False,
        "prompt_template": PROMPT_TEMPLATE,
        "torch_version": torch.__version__,
        "made_by": SCRIPT,
        "model": {"vocab_size": len(vocab), "d_model": args.d_model, "layers": args.layers, "heads": args.heads,
                  "parameters": n_params, "positions": "cumsum(attention_mask) - 1, clamped at 0",
                  "tied_embeddings": True},
        "training": {
            "data": "train.alpaca.jsonl of bin/radlake demo's dataset export",
            "examples": len(train_rows), "dropped_over_max_context": train_dropped,
            "validation_examples": len(val_rows), "steps": args.steps, "epochs_started": epoch,
            "batch_size": args.batch_size, "lr": args.lr, "dropout": args.dropout, "seed": args.seed,
            "min_word_count": args.min_count, "loss": "cross-entropy on response tokens (output + eos)",
            "final_train_loss": round(train_loss, 4), "final_loss": round(val_loss, 4),
            "validation_unk_rate": round(unk_rate, 4),
            "rouge_l_f1": {"examples": len(texts), "model_greedy": round(rouge_model, 4),
                           "copy_findings": round(rouge_copy, 4)},
            "threads": args.threads, "blas": blas, "openblas_coretype": os.environ["OPENBLAS_CORETYPE"],
        },
    }
    with open(os.path.join(args.out, "radlake-model.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
        f.write("\n")

    for path in [os.path.join(args.out, n) for n in ("model.pt", "tokenizer.json", "radlake-model.json")] + [
            args.golden]:
        print(f"{sha256(path)}  {os.path.relpath(path, REPO_ROOT)}  {os.path.getsize(path)} bytes")
    print(f"done in {time.time() - started:.0f} s")


if __name__ == "__main__":
    main()
