// Command-line arguments: the contract of `gongwen-lint`, parsed without a library so that every flag is visible here.

/** What the command line asks for. */
export interface CliArgs {
  format: "stylish" | "json";
  fix: boolean;
  /** `--rule ID=setting`, in order; later ones win. */
  rules: { id: string; setting: "off" | "info" | "warning" | "error" }[];
  config: string | null;
  references: string[];
  defaultReference: boolean;
  segmentation: boolean;
  quiet: boolean;
  maxWarnings: number | null;
  /** Largest input file in bytes. Defaults to 20 MB. */
  maxSize: number;
  help: boolean;
  version: boolean;
  paths: string[];
}

/** Thrown for a command line that cannot be run; the message is shown with the usage hint. */
export class UsageError extends Error {
  override name = "UsageError";
}

export const DEFAULT_MAX_SIZE = 20 * 1024 * 1024;

export const USAGE = `用法：gongwen-lint [选项] <文件|目录|->...

检查公文（政府工作报告等）的结构层次序数、标点、数字、计量单位、用语和排比。
目录按文件名排序递归检查其中的 .txt 和 .md 文件（跳过 node_modules 和以 . 开头的目录）；“-”读标准输入。

选项：
  --format stylish|json      输出格式（默认 stylish）
  --fix                      自动修正并原样写回（保留编码、BOM 和换行符），再报告剩余问题；
                             与“-”合用时把修正后的文本写到标准输出，报告写到标准错误
  --rule ID=off|info|warning|error
                             设置某条规则（可重复）
  --config FILE              JSON 配置：{ "rules": {…}, "families": {…}, "references": […], "defaultReference": true }
  --reference FILE           追加参考范文（可重复）
  --no-default-reference     不使用内置参考范文
  --no-segmentation          不加载分词，跳过需要分词的规则（更快）
  --quiet                    只报告 error
  --max-warnings N           warning 多于 N 条时以 1 退出
  --max-size SIZE            单个文件的大小上限，如 20MB、512KB（默认 20MB）
  -h, --help                 显示本帮助
  -v, --version              显示版本

退出码：0 没有 error；1 有 error（或 warning 超过 --max-warnings）；2 用法错误、有输入无法读取或修正无法写回。
json 输出中 from/to 是解码后文本（不含 BOM）中的 UTF-16 偏移；line/column 从 1 起，column 按 UTF-16 码元计。
`;

const SETTINGS = new Set(["off", "info", "warning", "error"]);

/** Parses a size such as `20MB`, `512kb`, `1048576`. */
export function parseSize(value: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|m|mb|g|gb)?$/i.exec(value.trim());
  if (!m) return null;
  const unit = (m[2] ?? "b").toLowerCase()[0];
  const factor = unit === "g" ? 1024 ** 3 : unit === "m" ? 1024 ** 2 : unit === "k" ? 1024 : 1;
  return Math.floor(Number(m[1]) * factor);
}

/** Parses argv (without `node` and the script); throws {@link UsageError}. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = {
    format: "stylish",
    fix: false,
    rules: [],
    config: null,
    references: [],
    defaultReference: true,
    segmentation: true,
    quiet: false,
    maxWarnings: null,
    maxSize: DEFAULT_MAX_SIZE,
    help: false,
    version: false,
    paths: [],
  };
  let onlyPaths = false;
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    if (onlyPaths || raw === "-" || !raw.startsWith("-")) {
      args.paths.push(raw);
      continue;
    }
    if (raw === "--") {
      onlyPaths = true;
      continue;
    }
    const eq = raw.startsWith("--") ? raw.indexOf("=") : -1;
    const flag = eq > 0 ? raw.slice(0, eq) : raw;
    const inline = eq > 0 ? raw.slice(eq + 1) : undefined;
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined) throw new UsageError(`${flag} 需要一个值`);
      i++;
      return next;
    };
    const noValue = () => {
      if (inline !== undefined) throw new UsageError(`${flag} 不接受值`);
    };
    switch (flag) {
      case "--format": {
        const v = value();
        if (v !== "stylish" && v !== "json") throw new UsageError(`--format 只能是 stylish 或 json，收到：${v}`);
        args.format = v;
        break;
      }
      case "--fix":
        noValue();
        args.fix = true;
        break;
      case "--rule": {
        const v = value();
        const at = v.lastIndexOf("=");
        const id = at > 0 ? v.slice(0, at) : "";
        const setting = at > 0 ? v.slice(at + 1) : "";
        if (!id || !SETTINGS.has(setting)) throw new UsageError(`--rule 应写作 ID=off|info|warning|error，收到：${v}`);
        args.rules.push({ id, setting: setting as CliArgs["rules"][number]["setting"] });
        break;
      }
      case "--config":
        if (args.config !== null) throw new UsageError("--config 只能给一次");
        args.config = value();
        break;
      case "--reference":
        args.references.push(value());
        break;
      case "--no-default-reference":
        noValue();
        args.defaultReference = false;
        break;
      case "--no-segmentation":
        noValue();
        args.segmentation = false;
        break;
      case "--quiet":
        noValue();
        args.quiet = true;
        break;
      case "--max-warnings": {
        const v = value();
        if (!/^\d+$/.test(v)) throw new UsageError(`--max-warnings 应为非负整数，收到：${v}`);
        args.maxWarnings = Number(v);
        break;
      }
      case "--max-size": {
        const v = value();
        const n = parseSize(v);
        if (n === null || n <= 0) throw new UsageError(`--max-size 应为大小，如 20MB、512KB，收到：${v}`);
        args.maxSize = n;
        break;
      }
      case "-h":
      case "--help":
        args.help = true;
        break;
      case "-v":
      case "--version":
        args.version = true;
        break;
      default:
        throw new UsageError(`未知选项：${raw}`);
    }
  }
  if (!args.help && !args.version && args.paths.length === 0) throw new UsageError("没有给出要检查的文件、目录或“-”");
  if (args.paths.filter((p) => p === "-").length > 1) throw new UsageError("“-”（标准输入）只能给一次");
  return args;
}
