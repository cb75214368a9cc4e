import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireUser } from "@/lib/auth/session";

export type SlugParams = Promise<{ slug: string }>;

/**
 * The reads behind a catalog entry's page (a drill, a mental exercise): the entry is looked up once per request for
 * both the title and the page, an unknown slug is a 404, and only athletes see it. The detail pages have no
 * loading.tsx above them (the library's sits in its own `(library)` group): a Suspense boundary would start a 200
 * stream before `notFound()` could set the status.
 */
export function catalogEntry<T extends { name: string }>(find: (slug: string) => Promise<T | null>, missing: string) {
  const lookup = cache(find);
  return {
    async metadata({ params }: { params: SlugParams }): Promise<Metadata> {
      const entry = await lookup((await params).slug);
      return { title: entry ? entry.name : missing };
    },
    async load(params: SlugParams): Promise<T> {
      await requireUser("athlete");
      const entry = await lookup((await params).slug);
      if (!entry) notFound();
      return entry;
    },
  };
}
