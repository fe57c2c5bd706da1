// The part of segmentit's API that src/segment uses (the package ships no types).
declare module "segmentit" {
  export interface SegmentitWord {
    w: string;
    p?: number;
  }
  export class Segment {
    POSTAG: Record<string, number>;
    use(modules: unknown): Segment;
    loadDict(dict: string | string[], type?: string, convertToLower?: boolean): Segment;
    getDict(type: string): Record<string, { f: number; p: number }> | undefined;
    doSegment(text: string, options?: { simple?: false; stripPunctuation?: boolean }): SegmentitWord[];
  }
  export const POSTAG: Record<string, number>;
  export function useDefault(segment: Segment): Segment;
  const segmentit: {
    Segment: typeof Segment;
    POSTAG: typeof POSTAG;
    useDefault: typeof useDefault;
  };
  export default segmentit;
}
