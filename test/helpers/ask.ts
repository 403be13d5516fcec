import type { Question } from '../../src/interview/questions.js';

export interface Asked {
  question: Question;
  answer: unknown;
}

/**
 * A scripted person answering the interview: `answers` by question name (a function gets the question),
 * else the offered answer (a list's first choice when nothing is offered; every choice of a checkbox
 * that is checked). Like a real terminal prompt it refuses a list or checkbox without choices, and it
 * runs each answer through the question's validation and filter.
 */
export function scriptedAsk(answers: Record<string, unknown | ((q: Question) => unknown)> = {}, log: Asked[] = []) {
  return async (questions: Question[]): Promise<Record<string, unknown>> => {
    const out: Record<string, unknown> = {};
    for (const question of questions) {
      if ((question.type === 'select' || question.type === 'checkbox') && (question.choices ?? []).length === 0) {
        throw new Error(`No selectable choices: ${question.name}`);
      }
      const given = answers[question.name];
      let answer = typeof given === 'function' ? (given as (q: Question) => unknown)(question) : given;
      if (answer === undefined) {
        if (question.type === 'checkbox') answer = (question.choices ?? []).filter((c) => c.checked).map((c) => c.value);
        else if (question.type === 'select') answer = question.default !== undefined ? question.default : question.choices?.[0]?.value;
        else if (question.type === 'confirm') answer = question.default ?? false;
        else answer = question.default ?? '';
      }
      const valid = question.validate ? question.validate(answer) : true;
      if (valid !== true) throw new Error(`answer ${JSON.stringify(answer)} to ${question.name} refused: ${valid}`);
      out[question.name] = question.filter ? question.filter(answer) : answer;
      log.push({ question, answer: out[question.name] });
    }
    return out;
  };
}
