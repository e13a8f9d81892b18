import { useState, type SubmitEvent } from "react";

import { describeError } from "@/api/errors";
import { Alert, Button, cx, Field, Textarea, toast } from "@/components/ui";

import { useRateStep, useWithdrawRating } from "./api";

const REVIEW_MAX = 4000;

interface RatingFormProps {
  stepId: string;
  /** My rating and review as stored (null: not rated yet); the form starts from them. */
  myRating: number | null;
  myReview: string;
}

/** One rating per person: give it, change it, or withdraw it; the review is optional. */
export function RatingForm({ stepId, myRating, myReview }: RatingFormProps) {
  const rate = useRateStep(stepId);
  const withdraw = useWithdrawRating(stepId);
  const [rating, setRating] = useState<number | null>(myRating);
  const [review, setReview] = useState(myReview);
  const [problems, setProblems] = useState<{ rating?: string; review?: string }>({});
  const failure = rate.error ?? withdraw.error;

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const found: typeof problems = {};
    if (rating === null) found.rating = "Choose from 1 to 5 stars.";
    if (review.trim().length > REVIEW_MAX) found.review = `A review has at most ${REVIEW_MAX} characters (this one has ${review.trim().length}).`;
    setProblems(found);
    if (rating === null || found.review) return;
    withdraw.reset();
    rate.mutate({ rating, review: review.trim() }, { onSuccess: () => toast.success(myRating === null ? "Thanks for rating this step" : "Your rating was updated") });
  };

  const remove = () => {
    rate.reset();
    withdraw.mutate(undefined, {
      onSuccess: () => {
        setRating(null);
        setReview("");
        toast.success("Your rating was withdrawn");
      },
    });
  };

  return (
    <form noValidate onSubmit={submit} aria-label="Your rating" className="flex flex-col gap-4">
      {failure && <Alert tone="danger">{describeError(failure).message}</Alert>}
      <fieldset aria-describedby={problems.rating ? "rating-problem" : undefined}>
        <legend className="mb-1.5 text-sm font-medium text-fg">Your rating</legend>
        <div className="flex gap-1">
          {[1, 2, 3, 4, 5].map((stars) => (
            <label
              key={stars}
              className={cx(
                "relative rounded p-0.5 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-focus",
                rating !== null && stars <= rating ? "text-warning" : "text-fg-muted hover:text-fg",
              )}
            >
              <input
                type="radio"
                name="rating"
                value={stars}
                checked={rating === stars}
                onChange={() => {
                  setRating(stars);
                  setProblems({ ...problems, rating: undefined });
                }}
                // invisible but covering the star: the star is what is clicked
                className="absolute inset-0 cursor-pointer opacity-0"
              />
              <svg aria-hidden="true" viewBox="0 0 24 24" className="size-7" fill={rating !== null && stars <= rating ? "currentColor" : "none"} stroke="currentColor" strokeWidth={1.5} strokeLinejoin="round">
                <path d="m12 3 2.8 5.7 6.2.9-4.5 4.4 1.1 6.2L12 17.3 6.4 20.2l1.1-6.2L3 9.6l6.2-.9L12 3z" />
              </svg>
              <span className="sr-only">{stars === 1 ? "1 star" : `${stars} stars`}</span>
            </label>
          ))}
        </div>
        {problems.rating && (
          <p id="rating-problem" className="mt-1 text-sm text-danger">
            {problems.rating}
          </p>
        )}
      </fieldset>
      <Field label="Review (optional)" hint="What worked, what to watch out for." error={problems.review}>
        {(control) => (
          <Textarea
            {...control}
            value={review}
            onChange={(event) => {
              setReview(event.target.value);
            }}
          />
        )}
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" busy={rate.isPending}>
          {myRating === null ? "Save rating" : "Update rating"}
        </Button>
        {myRating !== null && (
          <Button variant="danger" busy={withdraw.isPending} onClick={remove}>
            Withdraw rating
          </Button>
        )}
      </div>
    </form>
  );
}
