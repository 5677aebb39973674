import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { AuthCard } from '@/app/_components/auth-card';
import { getCurrentUser } from '@/lib/auth';
import { SignUpForm } from './sign-up-form';

export const metadata: Metadata = { title: 'Create an account' };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect('/dashboard');
  return (
    <AuthCard
      title="Create your account"
      intro={<>Already have one? <Link href="/sign-in" className="font-medium text-brand-700 hover:underline">Sign in</Link></>}
    >
      <SignUpForm />
    </AuthCard>
  );
}
