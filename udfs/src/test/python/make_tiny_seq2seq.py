"""Makes udfs/src/test/resources/models/tiny-seq2seq: an untrained encoder-decoder in TorchScript with a word-level
tokenizer, for tests of radlake's encoder-decoder calling convention (not for quality). Run once with Debian's
python3-torch (/usr/bin/python3 make_tiny_seq2seq.py); the output is committed. Deterministic for a given torch.

forward(input_ids[B,S], attention_mask[B,S], decoder_input_ids[B,T]) -> logits[B,T,V]; left padding on the encoder
side (positions from the mask)."""
import json, os, torch

torch.manual_seed(7)
torch.use_deterministic_algorithms(True)
OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "models", "tiny-seq2seq")
SPECIAL = ["<pad>", "<unk>", "<s>", "</s>"]
WORDS = ("no acute cardiopulmonary process the lungs are clear heart size is normal there pleural effusion or "
         "pneumothorax mild degenerative change of spine stable nodule in right upper lobe findings impression "
         "below an instruction that describes a task paired with input provides further context write response "
         "appropriately completes request derive from this report").split()
PUNCT = [".", ",", ":", "#", "\n"]
VOCAB = SPECIAL + sorted(set(WORDS)) + PUNCT
V, D, MAXPOS = len(VOCAB), 32, 128


class Seq2Seq(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = torch.nn.Embedding(V, D)
        self.pos = torch.nn.Embedding(MAXPOS, D)
        self.enc = torch.nn.TransformerEncoderLayer(D, 2, 64, dropout=0.0, batch_first=True)
        self.dec = torch.nn.TransformerDecoderLayer(D, 2, 64, dropout=0.0, batch_first=True)
        self.out = torch.nn.Linear(D, V)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor,
                decoder_input_ids: torch.Tensor) -> torch.Tensor:
        pos = (attention_mask.cumsum(1) - 1).clamp(min=0)
        pad = attention_mask == 0
        memory = self.enc(self.emb(input_ids) + self.pos(pos), src_key_padding_mask=pad)
        t = decoder_input_ids.size(1)
        dpos = torch.arange(t, device=decoder_input_ids.device).unsqueeze(0).expand(decoder_input_ids.size(0), t)
        causal = torch.triu(torch.full((t, t), float("-inf"), device=decoder_input_ids.device), diagonal=1)
        h = self.dec(self.emb(decoder_input_ids) + self.pos(dpos), memory, tgt_mask=causal,
                     memory_key_padding_mask=pad)
        return self.out(h)


model = torch.jit.script(Seq2Seq().eval())
os.makedirs(OUT, exist_ok=True)
model.save(os.path.join(OUT, "model.pt"))
tokenizer = {
    "version": "1.0", "truncation": None, "padding": None,
    "added_tokens": [{"id": i, "content": t, "single_word": False, "lstrip": False, "rstrip": False,
                      "normalized": False, "special": True} for i, t in enumerate(SPECIAL)],
    "normalizer": None,
    # Spaces and tabs separate words and are dropped; a newline is a token of its own.
    "pre_tokenizer": {"type": "Sequence", "pretokenizers": [
        {"type": "Split", "pattern": {"Regex": "[ \\t]+"}, "behavior": "Removed", "invert": False},
        {"type": "Split", "pattern": {"Regex": "\\n|\\w+|[^\\w\\s]"}, "behavior": "Isolated", "invert": False}]},
    "post_processor": None, "decoder": None,
    "model": {"type": "WordLevel", "vocab": {t: i for i, t in enumerate(VOCAB)}, "unk_token": "<unk>"},
}
with open(os.path.join(OUT, "tokenizer.json"), "w") as f:
    json.dump(tokenizer, f, indent=1)
with open(os.path.join(OUT, "radlake-model.json"), "w") as f:
    json.dump({"name": "tiny-seq2seq", "architecture": "encoder-decoder", "max_context": MAXPOS,
               "bos_token": "<s>", "eos_token": "</s>", "pad_token": "<pad>", "decoder_start_token": "<s>",
               "torch_version": torch.__version__, "made_by": "udfs/src/test/python/make_tiny_seq2seq.py",
               "note": "untrained: for tests of the calling convention only"}, f, indent=1)
