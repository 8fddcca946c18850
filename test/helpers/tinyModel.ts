import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import onnxProto from "onnx-proto";

const { onnx } = onnxProto;

export interface TinyModel {
  dir: string;
  vocab: string[];
  dims: number;
  /** The embedding table the graph gathers from, row per token id. */
  table: number[][];
}

/** Deterministic pseudo-random numbers, so the generated model is the same every run. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296 - 0.5;
  };
}

const WORDS = "shanxi shaanxi guangdong trade foreign grew growth exports imports yuan billion percent first half january surplus electric vehicles batteries province".split(" ");

/**
 * Writes a BERT-shaped ONNX model (Gather from an embedding table, masked by attention_mask, output
 * `last_hidden_state`) next to a WordPiece `tokenizer.json` and a `config.json`: enough for
 * transformers.js to load it offline and run its real tokenizer, inference and pooling code.
 */
export async function writeTinyModel(root: string, name = "tiny-bert", dims = 32): Promise<TinyModel> {
  const dir = path.join(root, name);
  await mkdir(path.join(dir, "onnx"), { recursive: true });
  const vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", ...WORDS];
  const rand = mulberry32(42);
  const table = vocab.map(() => Array.from({ length: dims }, () => rand()));

  const tensor = (name: string, dataType: number, dims: number[], values: { floatData?: number[]; int64Data?: number[] }) =>
    onnx.TensorProto.create({ name, dataType, dims, ...values });
  const valueInfo = (name: string, elemType: number, shape: Array<string | number>) =>
    onnx.ValueInfoProto.create({
      name,
      type: onnx.TypeProto.create({
        tensorType: onnx.TypeProto.Tensor.create({
          elemType,
          shape: onnx.TensorShapeProto.create({ dim: shape.map((d) => (typeof d === "string" ? { dimParam: d } : { dimValue: d })) }),
        }),
      }),
    });
  const FLOAT = onnx.TensorProto.DataType.FLOAT;
  const INT64 = onnx.TensorProto.DataType.INT64;

  const graph = onnx.GraphProto.create({
    name: "tiny",
    node: [
      onnx.NodeProto.create({ opType: "Gather", input: ["embeddings", "input_ids"], output: ["gathered"], attribute: [onnx.AttributeProto.create({ name: "axis", type: onnx.AttributeProto.AttributeType.INT, i: 0 })] }),
      onnx.NodeProto.create({ opType: "Cast", input: ["attention_mask"], output: ["mask_f"], attribute: [onnx.AttributeProto.create({ name: "to", type: onnx.AttributeProto.AttributeType.INT, i: FLOAT })] }),
      onnx.NodeProto.create({ opType: "Unsqueeze", input: ["mask_f", "axes"], output: ["mask_3d"] }),
      onnx.NodeProto.create({ opType: "Mul", input: ["gathered", "mask_3d"], output: ["last_hidden_state"] }),
    ],
    initializer: [
      tensor("embeddings", FLOAT, [vocab.length, dims], { floatData: table.flat() }),
      tensor("axes", INT64, [1], { int64Data: [2] }),
    ],
    input: [valueInfo("input_ids", INT64, ["batch", "sequence"]), valueInfo("attention_mask", INT64, ["batch", "sequence"])],
    output: [valueInfo("last_hidden_state", FLOAT, ["batch", "sequence", dims])],
  });
  const model = onnx.ModelProto.create({ irVersion: 8, producerName: "tradewise-tests", opsetImport: [{ domain: "", version: 13 }], graph });
  await writeFile(path.join(dir, "onnx", "model.onnx"), onnx.ModelProto.encode(model).finish());

  const tokenizer = {
    version: "1.0",
    truncation: null,
    padding: null,
    added_tokens: vocab.slice(0, 5).map((content, id) => ({ id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true })),
    normalizer: { type: "BertNormalizer", clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: "BertPreTokenizer" },
    post_processor: {
      type: "TemplateProcessing",
      single: [{ SpecialToken: { id: "[CLS]", type_id: 0 } }, { Sequence: { id: "A", type_id: 0 } }, { SpecialToken: { id: "[SEP]", type_id: 0 } }],
      pair: [{ SpecialToken: { id: "[CLS]", type_id: 0 } }, { Sequence: { id: "A", type_id: 0 } }, { SpecialToken: { id: "[SEP]", type_id: 0 } }, { Sequence: { id: "B", type_id: 1 } }, { SpecialToken: { id: "[SEP]", type_id: 1 } }],
      special_tokens: { "[CLS]": { id: "[CLS]", ids: [2], tokens: ["[CLS]"] }, "[SEP]": { id: "[SEP]", ids: [3], tokens: ["[SEP]"] } },
    },
    decoder: { type: "WordPiece", prefix: "##", cleanup: true },
    model: { type: "WordPiece", unk_token: "[UNK]", continuing_subword_prefix: "##", max_input_chars_per_word: 100, vocab: Object.fromEntries(vocab.map((w, i) => [w, i])) },
  };
  await writeFile(path.join(dir, "tokenizer.json"), JSON.stringify(tokenizer));
  await writeFile(path.join(dir, "tokenizer_config.json"), JSON.stringify({ tokenizer_class: "BertTokenizer", do_lower_case: true, model_max_length: 512, cls_token: "[CLS]", sep_token: "[SEP]", pad_token: "[PAD]", unk_token: "[UNK]", mask_token: "[MASK]" }));
  await writeFile(path.join(dir, "config.json"), JSON.stringify({ model_type: "bert", architectures: ["BertModel"], hidden_size: dims, vocab_size: vocab.length, max_position_embeddings: 512, num_attention_heads: 1, num_hidden_layers: 1 }));
  return { dir, vocab, dims, table };
}
