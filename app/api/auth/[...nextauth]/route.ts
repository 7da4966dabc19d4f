import type { NextRequest } from 'next/server';
import { handleAuthRequest } from '@/lib/auth/handle-auth-request';

export const GET = (req: NextRequest) => handleAuthRequest(req);
export const POST = (req: NextRequest) => handleAuthRequest(req);
