import "server-only";
import { filterPractices, parsePracticeFilter, type TPracticeFilter } from "./filter-practices";
import { getContentModel } from "./load";
import type { TContentModel, TPractice } from "./schema";

// The public Model section reads the current content; assessments read their pinned version instead.
export function getModelOverview(): TContentModel {
  return getContentModel();
}

export type PracticeBrowser = {
  model: TContentModel;
  filter: TPracticeFilter;
  ignored: string[];
  practices: TPractice[];
};

export function browsePractices(params: Record<string, string | string[] | undefined>): PracticeBrowser {
  const model = getContentModel();
  const { filter, ignored } = parsePracticeFilter(params);
  return { model, filter, ignored, practices: filterPractices(model.practices, filter) };
}
