/**
 * Each solution as a static text file, fetched only when a learner presses
 * "Show solution". Keeping it out of the exercise pages means an embed with
 * ?solution=hidden ships no solution at all in its HTML or scripts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exerciseIds } from '../../../../playground/exercises/catalog.ts';

const solutions = import.meta.glob<string>('../../../../playground/exercises/*/solution.ts', {
  eager: true,
  query: '?raw',
  import: 'default',
});

export const getStaticPaths = (() => exerciseIds.map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const text = solutions[`../../../../playground/exercises/${params.id ?? ''}/solution.ts`];
  if (text === undefined) return new Response('No such exercise', { status: 404 });
  return new Response(text, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
